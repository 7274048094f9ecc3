package dev.broadsheet.fetch;

import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;

/**
 * One HTTP/1.1 GET over a socket connected to an address {@link AddressPolicy} has already
 * checked. This exists because {@code java.net.http.HttpClient} (JDK 17) resolves host names
 * itself and cannot be told which address to use: it has no resolver or socket hook, and
 * {@code Host} is a restricted header, so connecting to an address literal would lose virtual
 * hosting. Here the socket is connected to the checked {@link InetAddress} and TLS is layered on
 * with the host name for SNI and certificate verification, so the address checked is the address
 * used. The connection is closed after one response; a watchdog closes it at the deadline, so
 * neither slow headers nor a dripping body can outlast it.
 */
final class PinnedHttp {
  private static final int MAX_HEADER_BYTES = 64 * 1024;

  private final SSLSocketFactory tls;
  private final Duration connectTimeout;
  private final ScheduledExecutorService watchdog;

  PinnedHttp(SSLSocketFactory tls, Duration connectTimeout, ScheduledExecutorService watchdog) {
    this.tls = tls;
    this.connectTimeout = connectTimeout;
    this.watchdog = watchdog;
  }

  /** A response whose body is still to be read; closing it closes the connection. */
  record Response(int status, Map<String, List<String>> headers, InputStream body, Closeable connection)
      implements Closeable {
    /** The first value of header {@code name} (any case), or null. */
    String header(String name) {
      List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
      return values == null || values.isEmpty() ? null : values.get(0);
    }

    @Override
    public void close() throws IOException {
      connection.close();
    }
  }

  /**
   * GETs {@code url} from one of {@code addresses} (tried in order), sending {@code headers}; the
   * whole exchange, body included, must end by {@code deadline} ({@link System#nanoTime()}).
   */
  Response get(URI url, List<InetAddress> addresses, Map<String, String> headers, long deadline) throws IOException {
    URI ascii = URI.create(url.toASCIIString());
    boolean https = "https".equalsIgnoreCase(ascii.getScheme());
    int port = ascii.getPort() != -1 ? ascii.getPort() : https ? 443 : 80;
    String host = ascii.getHost();
    Socket plain = connect(host, addresses, port, deadline);
    ScheduledFuture<?> cutOff = watchdog.schedule(() -> closeQuietly(plain), remaining(deadline), TimeUnit.NANOSECONDS);
    Closeable connection = () -> {
      cutOff.cancel(false);
      plain.close();
    };
    try {
      plain.setSoTimeout((int) Math.max(1, TimeUnit.NANOSECONDS.toMillis(remaining(deadline))));
      Socket socket = https ? secure(plain, host, port) : plain;
      OutputStream out = socket.getOutputStream();
      out.write(request(ascii, host, port, https, headers).getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      InputStream in = new BufferedInputStream(socket.getInputStream());
      int status;
      Map<String, List<String>> received;
      do {
        status = statusOf(BodyStreams.readLine(in));
        received = headers(in);
      } while (status >= 100 && status < 200 && status != 101);
      return new Response(status, received, body(in, status, received), connection);
    } catch (IOException | RuntimeException e) {
      connection.close();
      throw e;
    }
  }

  private Socket connect(String host, List<InetAddress> addresses, int port, long deadline) throws IOException {
    IOException last = null;
    for (InetAddress address : addresses) {
      Socket socket = new Socket();
      try {
        long wait = Math.min(connectTimeout.toNanos(), remaining(deadline));
        socket.connect(new InetSocketAddress(address, port), (int) Math.max(1, TimeUnit.NANOSECONDS.toMillis(wait)));
        return socket;
      } catch (IOException e) {
        socket.close();
        last = e;
      }
    }
    ConnectException failed = new ConnectException("could not connect to " + host);
    if (last != null) {
      failed.initCause(last);
    }
    throw failed;
  }

  private Socket secure(Socket plain, String host, int port) throws IOException {
    String name = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
    SSLSocket socket = (SSLSocket) tls.createSocket(plain, name, port, true);
    SSLParameters params = socket.getSSLParameters();
    // The certificate must name the host we were asked for, not the address we connected to.
    params.setEndpointIdentificationAlgorithm("HTTPS");
    if (!isLiteral(name)) {
      params.setServerNames(List.of(new SNIHostName(name)));
    }
    params.setApplicationProtocols(new String[] {"http/1.1"});
    socket.setSSLParameters(params);
    socket.startHandshake();
    return socket;
  }

  private static String request(URI url, String host, int port, boolean https, Map<String, String> headers) {
    String path = url.getRawPath() == null || url.getRawPath().isEmpty() ? "/" : url.getRawPath();
    String target = url.getRawQuery() == null ? path : path + "?" + url.getRawQuery();
    boolean defaultPort = port == (https ? 443 : 80);
    StringBuilder text = new StringBuilder("GET ").append(target).append(" HTTP/1.1\r\n")
        .append("Host: ").append(host).append(defaultPort ? "" : ":" + port).append("\r\n");
    headers.forEach((name, value) -> {
      // A value with a line break would start a header of its own (a stored ETag is not trusted).
      if (value.indexOf('\r') < 0 && value.indexOf('\n') < 0) {
        text.append(name).append(": ").append(value).append("\r\n");
      }
    });
    return text.append("Connection: close\r\n\r\n").toString();
  }

  private static int statusOf(String line) throws IOException {
    if (line == null) {
      throw new IOException("the server closed the connection without a response");
    }
    if (!line.startsWith("HTTP/1.") || line.length() < 12 || line.charAt(8) != ' ') {
      throw new IOException("not an HTTP/1.x response: '" + line.substring(0, Math.min(line.length(), 40)) + "'");
    }
    try {
      return Integer.parseInt(line.substring(9, 12));
    } catch (NumberFormatException e) {
      throw new IOException("a bad status line: '" + line + "'", e);
    }
  }

  private static Map<String, List<String>> headers(InputStream in) throws IOException {
    Map<String, List<String>> headers = new LinkedHashMap<>();
    String previous = null;
    int size = 0;
    for (String line = BodyStreams.readLine(in); line != null && !line.isEmpty(); line = BodyStreams.readLine(in)) {
      size += line.length() + 2;
      if (size > MAX_HEADER_BYTES) {
        throw new IOException("the response headers are larger than " + MAX_HEADER_BYTES + " bytes");
      }
      int colon = line.indexOf(':');
      if ((line.startsWith(" ") || line.startsWith("\t")) && previous != null) {
        // An obsolete folded line continues the previous header's value.
        List<String> values = headers.get(previous);
        values.set(values.size() - 1, values.get(values.size() - 1) + " " + line.strip());
      } else if (colon > 0) {
        previous = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
        headers.computeIfAbsent(previous, k -> new ArrayList<>()).add(line.substring(colon + 1).strip());
      }
    }
    return headers;
  }

  private static InputStream body(InputStream in, int status, Map<String, List<String>> headers) throws IOException {
    if (status == 204 || status == 304) {
      return InputStream.nullInputStream();
    }
    List<String> coding = headers.getOrDefault("transfer-encoding", List.of());
    if (!coding.isEmpty()) {
      String last = coding.get(coding.size() - 1);
      return last.toLowerCase(Locale.ROOT).strip().endsWith("chunked") ? BodyStreams.chunked(in) : in;
    }
    List<String> lengths = headers.getOrDefault("content-length", List.of());
    if (lengths.isEmpty()) {
      return in;
    }
    try {
      long length = Long.parseLong(lengths.get(0).strip());
      if (length < 0 || lengths.stream().anyMatch(l -> !l.strip().equals(lengths.get(0).strip()))) {
        throw new IOException("a bad Content-Length: " + lengths);
      }
      return BodyStreams.fixed(in, length);
    } catch (NumberFormatException e) {
      throw new IOException("a bad Content-Length: " + lengths, e);
    }
  }

  private static boolean isLiteral(String host) {
    return host.indexOf(':') >= 0 || host.chars().allMatch(c -> c == '.' || (c >= '0' && c <= '9'));
  }

  private static long remaining(long deadline) {
    return Math.max(1, deadline - System.nanoTime());
  }

  private static void closeQuietly(Closeable c) {
    try {
      c.close();
    } catch (IOException ignored) {
      // Closing is only to unblock a read; there is nothing to do if it fails.
    }
  }
}
