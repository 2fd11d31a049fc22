using Marketo.Soap.Sample;

namespace Marketo.Soap.Testing.Tests.Sample;

/// <summary>The sample ends in a line a user can act on and an exit code, never a stack trace.</summary>
public class SampleRunTests
{
    private readonly StringWriter _output = new();
    private readonly StringWriter _errors = new();

    private string ErrorLine => Assert.Single(_errors.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries));

    [Theory]
    [InlineData("--help")]
    [InlineData("-h")]
    public async Task RunAsync_Help_PrintsUsageAndExitsZero(string help)
    {
        var exitCode = await SampleRun.RunAsync([help], _output, _errors);

        Assert.Equal(0, exitCode);
        Assert.Contains("Usage: Marketo.Soap.Sample", _output.ToString(), StringComparison.Ordinal);
        Assert.Empty(_errors.ToString());
    }

    [Theory]
    [InlineData("not a url")]
    [InlineData("ftp://123-ABC-456.mktoapi.com/soap/mktows/2_3")]
    [InlineData("/soap/mktows/2_3")]
    public async Task RunAsync_BadEndpoint_OneLineAndExitTwo(string endpoint)
    {
        var exitCode = await SampleRun.RunAsync(["--endpoint", endpoint, "--user-id", "u", "--encryption-key", "k", "--program-id", "1970"], _output, _errors);

        Assert.Equal(2, exitCode);
        Assert.StartsWith("error: --endpoint must be an absolute https URL", ErrorLine, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_PlainHttpToAnOutsideHost_OneLineFromTheOptionsAndExitTwo()
    {
        var exitCode = await SampleRun.RunAsync(["--endpoint", "http://marketo.example.com/soap/mktows/2_3", "--user-id", "u", "--encryption-key", "k", "--program-id", "1970"], _output, _errors);

        Assert.Equal(2, exitCode);
        Assert.Contains("Endpoint must use https", ErrorLine, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--verbose")]
    [InlineData("--endpoint")]
    public async Task RunAsync_UnknownArgumentOrMissingValue_OneLineAndExitTwo(string argument)
    {
        var exitCode = await SampleRun.RunAsync([argument], _output, _errors);

        Assert.Equal(2, exitCode);
        Assert.StartsWith("error: ", ErrorLine, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_OutsideEndpointWithoutProgramId_RefusedBeforeAnythingIsSent()
    {
        await using var server = await MarketoSoapEmulator.StartAsync();

        var exitCode = await SampleRun.RunAsync(["--endpoint", server.Endpoint.AbsoluteUri, "--user-id", server.UserId, "--encryption-key", server.EncryptionKey], _output, _errors);

        Assert.Equal(2, exitCode);
        Assert.StartsWith("error: --program-id is required", ErrorLine, StringComparison.Ordinal);
        Assert.Empty(server.Exchanges);
    }

    [Fact]
    public async Task RunAsync_MarketoRefusesTheCredentials_OneLineAndExitOne()
    {
        await using var server = await MarketoSoapEmulator.StartAsync();

        var exitCode = await SampleRun.RunAsync(["--endpoint", server.Endpoint.AbsoluteUri, "--user-id", server.UserId, "--encryption-key", "wrong-key", "--program-id", "1970"], _output, _errors);

        Assert.Equal(1, exitCode);
        Assert.Contains("20014", ErrorLine, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_NoEndpoint_SyncsAgainstTheInProcessEmulatorAndExitsZero()
    {
        var exitCode = await SampleRun.RunAsync([], _output, _errors);

        Assert.Equal(0, exitCode);
        Assert.Contains("Done: every record synced.", _output.ToString(), StringComparison.Ordinal);
        Assert.Empty(_errors.ToString());
    }
}
