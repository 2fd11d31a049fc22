using Marketo.Soap.Emulator;

namespace Marketo.Soap.Testing.Tests.Host;

/// <summary>The stand-alone host's command line.</summary>
public class EmulatorCommandLineTests
{
    [Fact]
    public void Parse_NoArguments_StrictModeOnAFreePortWithGeneratedCredentials()
    {
        var options = EmulatorCommandLine.Parse([]).Options!;

        Assert.Equal((0, true, (string?)null, (string?)null), (options.Port, options.Strict, options.UserId, options.EncryptionKey));
    }

    [Fact]
    public void Parse_EveryOption_IsApplied()
    {
        var options = EmulatorCommandLine.Parse(["--port", "8080", "--user-id", "me", "--encryption-key", "k", "--lenient"]).Options!;

        Assert.Equal((8080, false, "me", "k"), (options.Port, options.Strict, options.UserId, options.EncryptionKey));
    }

    [Theory]
    [InlineData("--port", "eighty")]
    [InlineData("--port", "70000")]
    [InlineData("--port")]
    [InlineData("--user-id", "--lenient")]
    [InlineData("--verbose")]
    public void Parse_BadArguments_GivesAnErrorAndNoOptions(params string[] args)
    {
        var commandLine = EmulatorCommandLine.Parse(args);

        Assert.Null(commandLine.Options);
        Assert.False(string.IsNullOrEmpty(commandLine.Error));
    }

    [Fact]
    public void Parse_Help_AsksForTheUsageText()
    {
        var commandLine = EmulatorCommandLine.Parse(["--help"]);

        Assert.True(commandLine.ShowHelp);
        Assert.Null(commandLine.Options);
    }
}
