using Marketo.Soap.Emulator;

namespace Marketo.Soap.Testing.Tests.Host;

/// <summary>The stand-alone host's command line.</summary>
public class EmulatorCommandLineTests
{
    [Fact]
    public void Parse_NoArguments_LenientWithTheAdminApiOnLoopbackAndAFreePort()
    {
        var commandLine = EmulatorCommandLine.Parse([]);
        var options = commandLine.Options!;

        Assert.Equal(("127.0.0.1", 0, false, true, false), (options.Host, options.Port, options.Strict, options.AdminApi, commandLine.Quiet));
        Assert.Equal(((string?)null, (string?)null, 1_000), (options.UserId, options.EncryptionKey, options.ExchangeLogCapacity));
    }

    [Fact]
    public void Parse_EveryOption_IsApplied()
    {
        var commandLine = EmulatorCommandLine.Parse([
            "--host", "0.0.0.0", "--port", "8080", "--user-id", "me", "--encryption-key", "k", "--strict",
            "--seed", "a.json", "--seed", "b.json", "--state", "state",
            "--calls-per-20s", "5", "--max-concurrent", "2", "--daily-quota", "50", "--timestamp-tolerance", "60",
            "--exchange-log-capacity", "10", "--quiet",
        ]);
        var o = commandLine.Options!;

        Assert.Equal(("0.0.0.0", 8080, "me", "k", true), (o.Host, o.Port, o.UserId, o.EncryptionKey, o.Strict));
        Assert.Equal(["a.json", "b.json"], o.SeedFiles);
        Assert.Equal("state", o.StateFolder);
        Assert.Equal((5, 2, 50, TimeSpan.FromSeconds(60), 10), (o.CallsPer20Seconds, o.MaxConcurrentCalls, o.DailyQuota, o.TimestampTolerance, o.ExchangeLogCapacity));
        Assert.True(commandLine.Quiet);
    }

    [Fact]
    public void Parse_StrictThenLenient_TheLastOneWins()
    {
        Assert.False(EmulatorCommandLine.Parse(["--strict", "--lenient"]).Options!.Strict);
    }

    [Fact]
    public void Parse_NoLimits_LiftsRateConcurrencyAndQuota()
    {
        var o = EmulatorCommandLine.Parse(["--no-limits"]).Options!;

        Assert.Equal((int.MaxValue, int.MaxValue, int.MaxValue), (o.CallsPer20Seconds, o.MaxConcurrentCalls, o.DailyQuota));
    }

    [Theory]
    [InlineData("--port", "eighty")]
    [InlineData("--port", "70000")]
    [InlineData("--port", "-1")]
    [InlineData("--port")]
    [InlineData("--host", "localhost")]
    [InlineData("--host", "999.1.1.1")]
    [InlineData("--user-id", "--lenient")]
    [InlineData("--calls-per-20s", "0")]
    [InlineData("--daily-quota", "1e3")]
    [InlineData("--timestamp-tolerance", "15m")]
    [InlineData("--exchange-log-capacity", "0")]
    [InlineData("--seed")]
    [InlineData("--verbose")]
    public void Parse_BadArguments_GivesOneLineAndNoOptions(params string[] args)
    {
        var commandLine = EmulatorCommandLine.Parse(args);

        Assert.Null(commandLine.Options);
        Assert.False(commandLine.ShowHelp);
        Assert.False(string.IsNullOrEmpty(commandLine.Error));
        Assert.DoesNotContain('\n', commandLine.Error);
        Assert.Contains(args[0], commandLine.Error);
    }

    [Fact]
    public void Parse_Help_AsksForTheUsageText()
    {
        var commandLine = EmulatorCommandLine.Parse(["--help"]);

        Assert.True(commandLine.ShowHelp);
        Assert.Null(commandLine.Options);
    }

    [Theory]
    [InlineData("--host")]
    [InlineData("--port")]
    [InlineData("--user-id")]
    [InlineData("--encryption-key")]
    [InlineData("--lenient")]
    [InlineData("--strict")]
    [InlineData("--seed")]
    [InlineData("--state")]
    [InlineData("--calls-per-20s")]
    [InlineData("--max-concurrent")]
    [InlineData("--daily-quota")]
    [InlineData("--timestamp-tolerance")]
    [InlineData("--no-limits")]
    [InlineData("--exchange-log-capacity")]
    [InlineData("--quiet")]
    [InlineData("--help")]
    public void Usage_DescribesEveryOption(string option)
    {
        Assert.Contains(option + " ", EmulatorCommandLine.Usage);
    }
}
