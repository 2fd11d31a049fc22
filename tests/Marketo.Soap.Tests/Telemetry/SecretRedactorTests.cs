using Marketo.Soap.Telemetry;

namespace Marketo.Soap.Tests.Telemetry;

public class SecretRedactorTests
{
    private const string Signature = "4a7e2bd1c0f09e3e8f4f1c0b6a8f9d2e7c5b3a1d";
    private readonly SecretRedactor _redactor = new("27272727aa");

    [Theory]
    [InlineData("signature " + Signature + " was wrong", "signature [redacted] was wrong")]
    [InlineData("key=27272727aa;", "key=[redacted];")]
    [InlineData("<requestTimestamp>2013-08-01T18:22:30-07:00</requestTimestamp>", "<requestTimestamp>[redacted]</requestTimestamp>")]
    [InlineData("&lt;ns1:requestTimestamp&gt;2013-08-01T18:22:30-07:00&lt;/ns1:requestTimestamp&gt;", "&lt;ns1:requestTimestamp&gt;[redacted]&lt;/ns1:requestTimestamp&gt;")]
    [InlineData("<requestSignature>not-even-hex</requestSignature>", "<requestSignature>[redacted]</requestSignature>")]
    public void Redact_TextHoldingASecret_ReplacesIt(string text, string expected)
    {
        Assert.Equal(expected, _redactor.Redact(text));
    }

    [Fact]
    public void Redact_LongerHexRun_IsLeftWhole()
    {
        var sha256 = new string('a', 64);

        Assert.Equal(sha256, _redactor.Redact(sha256));
    }

    [Fact]
    public void Scrub_InnerExceptionQuotingASignature_ReplacesTheChainKeepingTypeNames()
    {
        var original = new InvalidOperationException("outer", new FormatException("the page said " + Signature));

        var scrubbed = _redactor.Scrub(original)!;

        Assert.DoesNotContain(Signature, scrubbed.ToString(), StringComparison.Ordinal);
        Assert.Contains(nameof(FormatException), scrubbed.InnerException!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Scrub_NothingSecret_ReturnsTheSameException()
    {
        var original = new InvalidOperationException("nothing to hide");

        Assert.Same(original, _redactor.Scrub(original));
    }
}
