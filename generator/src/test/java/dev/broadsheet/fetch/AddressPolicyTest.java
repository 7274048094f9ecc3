package dev.broadsheet.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.broadsheet.config.FetchConfig;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Address literals only (and localhost), so these need no network and no DNS. */
class AddressPolicyTest {
  private static final AddressPolicy PUBLIC_ONLY = AddressPolicy.publicOnly();
  /** What {@code fetch.allowPrivateAddresses: true} allows. */
  private static final AddressPolicy ALLOW_PRIVATE = AddressPolicy.of(new FetchConfig("t", Duration.ofSeconds(1),
      Duration.ofSeconds(1), 1 << 20, 4, 2, 0, Duration.ofSeconds(1), Duration.ofSeconds(1), true, 200, 0));

  private static String refusal(AddressPolicy policy, String url) throws UnknownHostException {
    return policy.refusal(URI.create(url), Requester.EDITOR, URI.create(url));
  }

  @Test
  void refusesLoopbackPrivateLinkLocalAndUnspecifiedAddresses() throws Exception {
    assertThat(refusal(PUBLIC_ONLY, "http://127.0.0.1/")).startsWith("127.0.0.1 is a loopback address;");
    assertThat(refusal(PUBLIC_ONLY, "http://127.9.9.9:8080/x")).startsWith("127.9.9.9 is a loopback address;");
    assertThat(refusal(PUBLIC_ONLY, "http://10.1.2.3/")).startsWith("10.1.2.3 is a private address;");
    assertThat(refusal(PUBLIC_ONLY, "http://172.16.0.1/")).startsWith("172.16.0.1 is a private address;");
    assertThat(refusal(PUBLIC_ONLY, "http://192.168.1.1/")).startsWith("192.168.1.1 is a private address;");
    assertThat(refusal(PUBLIC_ONLY, "http://169.254.1.1/")).startsWith("169.254.1.1 is a link-local address;");
    assertThat(refusal(PUBLIC_ONLY, "http://0.0.0.0/")).startsWith("0.0.0.0 is the unspecified address;");
    assertThat(refusal(PUBLIC_ONLY, "http://100.64.0.1/")).startsWith("100.64.0.1 is a carrier-grade NAT address");
    assertThat(refusal(PUBLIC_ONLY, "http://192.168.1.1/")).contains("set allowPrivateAddress: true on the source that links to it");
  }

  @Test
  void refusesIpv6LoopbackAndIpv4AddressesWrappedInIpv6() throws Exception {
    assertThat(refusal(PUBLIC_ONLY, "http://[::1]/")).startsWith("[::1] is a loopback address");
    assertThat(refusal(PUBLIC_ONLY, "http://[::]/")).startsWith("[::] is the unspecified address");
    assertThat(refusal(PUBLIC_ONLY, "http://[::ffff:127.0.0.1]/")).startsWith("[::ffff:127.0.0.1] is a loopback address");
    assertThat(refusal(PUBLIC_ONLY, "http://[::ffff:7f00:1]/")).startsWith("[::ffff:7f00:1] is a loopback address");
    assertThat(refusal(PUBLIC_ONLY, "http://[::127.0.0.1]/")).startsWith("[::127.0.0.1] is a loopback address");
    assertThat(refusal(PUBLIC_ONLY, "http://[64:ff9b::a00:1]/")).startsWith("[64:ff9b::a00:1] is a private address");
    assertThat(refusal(PUBLIC_ONLY, "http://[2002:7f00:1::1]/")).startsWith("[2002:7f00:1::1] is a loopback address");
    assertThat(refusal(PUBLIC_ONLY, "http://[fe80::1]/")).startsWith("[fe80::1] is a link-local address");
    assertThat(refusal(PUBLIC_ONLY, "http://[fd12:3456::1]/")).startsWith("[fd12:3456::1] is a private (unique local)");
  }

  @Test
  void refusesDecimalHexOctalAndShortenedAddressForms() throws Exception {
    for (String host : new String[] {"2130706433", "0x7f000001", "0177.0.0.1", "127.1", "0x7f.0.0.1", "017700000001",
        "127.000.000.001", "0", "1.2.3.4.5"}) {
      assertThat(refusal(ALLOW_PRIVATE, "http://" + host + "/")).as(host)
          .isEqualTo(host + " is an IP address in a non-standard (decimal, hex, octal or shortened) form;"
              + " only the dotted form a.b.c.d is accepted");
    }
  }

  @Test
  void refusesCloudMetadataAddressesEvenWhenPrivateAddressesAreAllowed() throws Exception {
    AddressPolicy everything = ALLOW_PRIVATE.allowing("http://169.254.169.254/");
    assertThat(refusal(everything, "http://169.254.169.254/latest/meta-data/"))
        .isEqualTo("169.254.169.254 is a cloud metadata address, which Broadsheet never connects to");
    assertThat(refusal(everything, "http://[::ffff:169.254.169.254]/")).contains("a cloud metadata address");
    assertThat(refusal(everything, "http://[fd00:ec2::254]/")).contains("a cloud metadata address");
    assertThat(refusal(everything, "http://100.100.100.200/")).contains("a cloud metadata address");
    assertThat(refusal(everything, "http://127.0.0.1:8080/")).isNull();
    assertThat(refusal(everything, "http://10.0.0.1/")).isNull();
  }

  @Test
  void anAllowedEndpointIsExactlyThatHostAndPort() throws Exception {
    AddressPolicy local = PUBLIC_ONLY.allowing("http://127.0.0.1:8080/feed.xml");
    assertThat(refusal(local, "http://127.0.0.1:8080/other")).isNull();
    assertThat(refusal(local, "http://127.0.0.1:8081/")).startsWith("127.0.0.1 is a loopback address");
    assertThat(refusal(local, "http://127.0.0.1/")).startsWith("127.0.0.1 is a loopback address");
    assertThat(refusal(local, "http://[::1]:8080/")).startsWith("[::1] is a loopback address");
    assertThat(refusal(PUBLIC_ONLY.allowing("https://10.0.0.5/"), "https://10.0.0.5:443/x")).isNull();
    assertThat(refusal(PUBLIC_ONLY.allowing("https://10.0.0.5/"), "http://10.0.0.5/x")).isNotNull();
  }

  @Test
  void aNameIsRefusedWhenItResolvesToAnInternalAddress() throws Exception {
    assertThat(refusal(PUBLIC_ONLY, "http://localhost/")).startsWith("localhost resolves to ")
        .contains(", a loopback address;");
  }

  @Test
  void publicAddressesPassAndOtherSchemesDoNot() throws Exception {
    assertThat(refusal(PUBLIC_ONLY, "https://93.184.215.14/feed")).isNull();
    assertThat(refusal(PUBLIC_ONLY, "http://[2606:4700:4700::1111]/")).isNull();
    assertThat(refusal(PUBLIC_ONLY, "ftp://93.184.215.14/")).isEqualTo("only http and https URLs with a host are fetched");
  }

  @Test
  void aDeclaredAddressIsReachedByTheSourcesOnItAndTheEditorNotByAnotherSourcesLinksOrRedirects(
      @org.junit.jupiter.api.io.TempDir java.nio.file.Path site) throws Exception {
    AddressPolicy policy = AddressPolicy.of(new dev.broadsheet.config.ConfigLoader().parse("""
        title: T
        baseUrl: https://e.org/
        sources:
          - {id: intranet, name: Intranet, url: 'http://127.0.0.1:8081/feed', allowPrivateAddress: true}
          - {id: canteen, name: Canteen, url: 'http://127.0.0.1:8081/canteen'}
          - {id: lab, name: Lab, url: 'http://127.0.0.1:8082/feed', allowPrivateAddress: true}
          - {id: editor, name: Editor, url: 'https://public.example/feed'}
        """, site, "broadsheet.yaml"));
    URI page = URI.create("http://127.0.0.1:8081/page");
    URI lab = URI.create("http://127.0.0.1:8082/x");
    // The sources on a declared address, the one that declared it or another on it.
    assertThat(policy.refusal(page, Requester.source("intranet"), page)).isNull();
    assertThat(policy.refusal(page, Requester.source("canteen"), page)).isNull();
    // Another source's links there are refused, whatever the source is called.
    assertThat(policy.refusal(page, Requester.source("lab"), page)).startsWith("127.0.0.1 is a loopback address");
    assertThat(policy.refusal(page, Requester.source("editor"), page)).startsWith("127.0.0.1 is a loopback address");
    assertThat(policy.refusal(page, Requester.sources(java.util.List.of("lab", "canteen")), page)).isNull();
    // The editor wrote the address: any declared one; a redirect from it to another is the sources'.
    assertThat(policy.refusal(lab, Requester.EDITOR, lab)).isNull();
    assertThat(policy.refusal(lab, Requester.configuredFeed("intranet"), page)).startsWith("127.0.0.1 is a loopback");
    assertThat(policy.refusal(URI.create("http://127.0.0.1:8081/feed/"), Requester.configuredFeed("intranet"), page))
        .isNull();
  }
}
