// The campaign ran both engines' cells to ok in cell JVMs, and the report goal wrote its page.
import groovy.json.JsonSlurper

def results = new File(basedir, 'target/autodiffbench/results.json')
assert results.isFile() : "no results.json"
def cells = new JsonSlurper().parse(results).cells
def outcomes = cells.collectEntries { [(it.id): it.outcome + (it.reason ? ': ' + it.reason : '')] }
['sample-reverse', 'reverse'].each { engine ->
    assert cells.any { it.id.startsWith(engine + '|') && it.outcome == 'ok' } : "no ok cell of ${engine}: ${outcomes}"
}
assert cells.every { it.outcome == 'ok' } : "a cell is not ok: ${outcomes}"
assert new File(basedir, 'target/autodiffbench-report/index.html').isFile() : "the report goal wrote no index.html"
assert new File(basedir, 'build.log').text.contains('report: ' + new File(basedir, 'target/autodiffbench-report/index.html').canonicalPath)
return true
