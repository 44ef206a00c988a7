// Serves the bank's links on loopback for the duration of the build, and writes the bank.
import com.sun.net.httpserver.HttpServer

def server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0)
server.createContext('/') { exchange ->
    def path = exchange.requestURI.path
    int code = path == '/alive' ? 200 : path == '/moved' ? 301 : 404
    if (code == 301) {
        exchange.responseHeaders.add('Location', '/alive')
    }
    exchange.sendResponseHeaders(code, -1)
    exchange.close()
}
server.start()
System.getProperties().put('qbank.it.links.server', server)

def base = "http://127.0.0.1:${server.address.port}"
new File(basedir, 'README.md').text = """# Links served on loopback

## 一、Answers

- 1 A question whose answer is online

- [点击查看答案](${base}/alive)

## 二、More answers

- 1 Another question

- [点击查看答案](${base}/gone)

See also [the moved page](${base}/moved) and [the missing page again](${base}/gone#part).
"""
return true
