using Marketo.Soap.Configuration;
using Marketo.Soap.Tests.TestSupport;

namespace Marketo.Soap.Tests.Configuration;

public class MarketoSoapOptionsValidatorTests
{
    private static readonly MarketoSoapOptionsValidator Validator = new();

    private static MarketoSoapOptions Valid() => SeedCredentials.Options();

    private static string SingleFailure(MarketoSoapOptions options)
    {
        var result = Validator.Validate(null, options);
        Assert.True(result.Failed);
        return Assert.Single(result.Failures!);
    }

    [Fact]
    public void Validate_CompleteHttpsOptions_Succeeds()
    {
        Assert.True(Validator.Validate(null, Valid()).Succeeded);
    }

    [Fact]
    public void Validate_NoEndpoint_FailsNamingEndpoint()
    {
        var options = Valid();
        options.Endpoint = null;

        Assert.StartsWith("Endpoint is required", SingleFailure(options));
    }

    [Fact]
    public void Validate_RelativeEndpoint_FailsAsNotAbsolute()
    {
        var options = Valid();
        options.Endpoint = new Uri("soap/mktows/2_3", UriKind.Relative);

        Assert.Equal("Endpoint must be an absolute URI.", SingleFailure(options));
    }

    [Theory]
    [InlineData("http://100-AEK-913.mktoapi.com/soap/mktows/2_3")]
    [InlineData("http://10.0.0.5:8080/soap/mktows/2_3")]
    public void Validate_HttpToNonLoopbackHost_FailsRequiringHttps(string endpoint)
    {
        var options = Valid();
        options.Endpoint = new Uri(endpoint);

        Assert.StartsWith("Endpoint must use https", SingleFailure(options));
    }

    [Theory]
    [InlineData("http://localhost:5000/soap/mktows/2_3")]
    [InlineData("http://127.0.0.1:5000/soap/mktows/2_3")]
    [InlineData("http://[::1]:5000/soap/mktows/2_3")]
    public void Validate_HttpToLoopbackHost_Succeeds(string endpoint)
    {
        var options = Valid();
        options.Endpoint = new Uri(endpoint);

        Assert.True(Validator.Validate(null, options).Succeeded);
    }

    [Fact]
    public void Validate_SchemeOtherThanHttpOrHttps_Fails()
    {
        var options = Valid();
        options.Endpoint = new Uri("ftp://100-AEK-913.mktoapi.com/soap/mktows/2_3");

        Assert.Equal("Endpoint must be an https URI.", SingleFailure(options));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Validate_BlankUserId_FailsNamingUserId(string? userId)
    {
        var options = Valid();
        options.UserId = userId;

        Assert.StartsWith("UserId is required", SingleFailure(options));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("\t")]
    public void Validate_BlankEncryptionKey_FailsNamingEncryptionKey(string? key)
    {
        var options = Valid();
        options.EncryptionKey = key;

        Assert.StartsWith("EncryptionKey is required", SingleFailure(options));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(999)]
    [InlineData(600_001)]
    [InlineData(-1)]
    public void Validate_TimeoutOutsideOneSecondToTenMinutes_FailsNamingTimeout(int milliseconds)
    {
        var options = Valid();
        options.Timeout = TimeSpan.FromMilliseconds(milliseconds);

        Assert.StartsWith("Timeout must be between", SingleFailure(options));
    }

    [Theory]
    [InlineData(1_000)]
    [InlineData(600_000)]
    public void Validate_TimeoutAtEitherEndOfRange_Succeeds(int milliseconds)
    {
        var options = Valid();
        options.Timeout = TimeSpan.FromMilliseconds(milliseconds);

        Assert.True(Validator.Validate(null, options).Succeeded);
    }

    [Fact]
    public void Validate_DefaultTimeout_IsNinetySecondsAndValid()
    {
        var options = Valid();

        Assert.Equal(TimeSpan.FromSeconds(90), options.Timeout);
        Assert.True(Validator.Validate(null, options).Succeeded);
    }

    [Fact]
    public void Validate_EverythingWrong_ReportsEveryFailureAtOnce()
    {
        var options = new MarketoSoapOptions { Endpoint = new Uri("http://example.com/"), UserId = " ", EncryptionKey = null, Timeout = TimeSpan.Zero };

        var result = Validator.Validate(null, options);

        Assert.Collection(
            result.Failures!,
            f => Assert.StartsWith("Endpoint must use https", f),
            f => Assert.StartsWith("UserId is required", f),
            f => Assert.StartsWith("EncryptionKey is required", f),
            f => Assert.StartsWith("Timeout must be between", f));
    }

    [Fact]
    public void Validate_Failures_NeverContainTheEncryptionKey()
    {
        var options = new MarketoSoapOptions { Endpoint = null, UserId = "", EncryptionKey = "s3cr3t-k3y-value", Timeout = TimeSpan.Zero };

        var result = Validator.Validate(null, options);

        Assert.DoesNotContain("s3cr3t-k3y-value", result.FailureMessage);
    }
}
