using System.Xml.Linq;
using Marketo.Soap.Testing.Tests.TestSupport;

namespace Marketo.Soap.Testing.Tests;

/// <summary>Where the timestamp window ends exactly, and what its 20016 message tells the caller.</summary>
public class TimestampWindowMessageTests
{
    private readonly Microsoft.Extensions.Time.Testing.FakeTimeProvider _clock = TestClock.Create();

    [Theory]
    [InlineData(-30)]
    [InlineData(30)]
    public async Task Timestamp_ExactlyTheToleranceAway_IsAccepted(int secondsFromNow)
    {
        await using var emulator = await TestEmulator.StartAsync(_clock, o => o.TimestampTolerance = TimeSpan.FromSeconds(30));

        var answer = await PostSignedAtAsync(emulator, RequestSigner.Timestamp(_clock.GetUtcNow().AddSeconds(secondsFromNow)));

        answer.AssertSuccess();
    }

    [Fact]
    public async Task Timestamp_TooOld_SaysHowOldAndWhatIsAllowed()
    {
        await using var emulator = await TestEmulator.StartAsync(_clock, o => o.TimestampTolerance = TimeSpan.FromSeconds(30));

        var answer = await PostSignedAtAsync(emulator, RequestSigner.Timestamp(_clock.GetUtcNow().AddSeconds(-90)));

        answer.AssertMarketoFault(20016);
        Assert.Contains("is 90 seconds old; at most 30 are allowed", answer.FaultMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Timestamp_InTheFuture_SaysSo()
    {
        await using var emulator = await TestEmulator.StartAsync(_clock, o => o.TimestampTolerance = TimeSpan.FromSeconds(30));

        var answer = await PostSignedAtAsync(emulator, RequestSigner.Timestamp(_clock.GetUtcNow().AddSeconds(90)));

        answer.AssertMarketoFault(20016);
        Assert.Contains("is 90 seconds in the future", answer.FaultMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Timestamp_Unreadable_SaysItIsNotADateTime()
    {
        await using var emulator = await TestEmulator.StartAsync(_clock);

        var answer = await PostSignedAtAsync(emulator, "yesterday");

        answer.AssertMarketoFault(20016);
        Assert.Contains("'yesterday' is not a date-time", answer.FaultMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Timestamp_WithSpacesAround_IsRead()
    {
        await using var emulator = await TestEmulator.StartAsync(_clock);

        var answer = await PostSignedAtAsync(emulator, "  2026-11-23T15:00:00Z  ");

        answer.AssertSuccess();
    }

    private static Task<SoapAnswer> PostSignedAtAsync(MarketoSoapEmulator emulator, string timestamp)
    {
        XElement body = Wire.SyncMultipleLeads(Wire.Lead(email: "a@example.com"));
        var header = RequestSigner.Header(emulator.UserId, emulator.EncryptionKey, timestamp);
        return emulator.PostXmlAsync(RequestSigner.Envelope(header, body).ToString(), EmulatorHttp.SoapActionOf(body));
    }
}
