// The first build had nothing to compare with; the second, 50 times slower, failed the gate, and
// the failure names the regressed cell.
import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
def previous = new File(basedir, 'target/autodiffbench-previous/results.json')
def current = new File(basedir, 'target/autodiffbench/results.json')
assert previous.isFile() && current.isFile() : "the first run was not kept beside the second"
def cell = new JsonSlurper().parse(current).cells.find { it.id.startsWith('sample-reverse|') }
assert cell != null && cell.outcome == 'ok' : "the slowed cell did not run: ${cell}"
// The hand-written baseline is timed in the same JVMs and may be slower too on a busy machine: not counted.
assert log =~ /the run fails the gate against ${java.util.regex.Pattern.quote(previous.parentFile.canonicalPath)}: \d+ significant regressions?/
assert log.contains('  regression ' + cell.id + ' (') : "the failure does not name ${cell.id}"
return true
