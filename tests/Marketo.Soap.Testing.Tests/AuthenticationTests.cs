using System.Xml.Linq;
using Marketo.Soap.Testing.Tests.TestSupport;

namespace Marketo.Soap.Testing.Tests;

/// <summary>The signed AuthenticationHeader: HMAC-SHA1 of requestTimestamp + mktowsUserId, keyed with the encryption key (contract facts §5.4).</summary>
public class AuthenticationTests
{
    [Theory]
    [InlineData("syncMultipleLeads.request.email-keys.xml", 2013, 8, 1, 18, 22, 30)]
    [InlineData("syncMObjects.request.program-cost-update.xml", 2013, 8, 5, 14, 22, 45)]
    public async Task RecordedRequest_AsSignedByMarketosSample_IsAccepted(string fixture, int year, int month, int day, int hour, int minute, int second)
    {
        var clock = TestClock.At(new DateTimeOffset(year, month, day, hour, minute, second, TimeSpan.FromHours(-7)));
        await using var emulator = await TestEmulator.StartAsync(clock, o =>
        {
            o.UserId = SeedCredentials.UserId;
            o.EncryptionKey = SeedCredentials.EncryptionKey;
        });
        emulator.Store.AddProgram(new StoredProgram { Id = 1970, Costs = [new StoredProgramCost { Id = 153 }] });

        var answer = await emulator.PostXmlAsync(Fixtures.ReadRecorded(fixture));

        answer.AssertSuccess();
    }

    [Fact]
    public async Task RecordedRequest_SignedWithAnotherKey_FailsWith20014()
    {
        var clock = TestClock.At(SeedCredentials.SyncMultipleLeadsSignedAt);
        await using var emulator = await TestEmulator.StartAsync(clock, o =>
        {
            o.UserId = SeedCredentials.UserId;
            o.EncryptionKey = "another-key";
        });

        var answer = await emulator.PostXmlAsync(Fixtures.ReadRecorded("syncMultipleLeads.request.email-keys.xml"));

        answer.AssertMarketoFault(20014);
    }

    [Fact]
    public async Task UnknownUserId_FailsWith20014()
    {
        var clock = TestClock.Create();
        await using var emulator = await TestEmulator.StartAsync(clock);
        var timestamp = RequestSigner.Timestamp(clock.GetUtcNow());

        var answer = await PostWithHeaderAsync(emulator, RequestSigner.Header("someone_else", emulator.EncryptionKey, timestamp));

        answer.AssertMarketoFault(20014);
    }

    [Fact]
    public async Task SignatureOverADifferentTimestamp_FailsWith20014()
    {
        var clock = TestClock.Create();
        await using var emulator = await TestEmulator.StartAsync(clock);
        var header = RequestSigner.Header(emulator.UserId, emulator.EncryptionKey, RequestSigner.Timestamp(clock.GetUtcNow()));
        header.Element("requestTimestamp")!.Value = RequestSigner.Timestamp(clock.GetUtcNow().AddSeconds(1));

        var answer = await PostWithHeaderAsync(emulator, header);

        answer.AssertMarketoFault(20014);
    }

    [Fact]
    public async Task UppercaseHexSignature_FailsWith20014()
    {
        var clock = TestClock.Create();
        await using var emulator = await TestEmulator.StartAsync(clock);
        var header = RequestSigner.Header(emulator.UserId, emulator.EncryptionKey, RequestSigner.Timestamp(clock.GetUtcNow()));
        header.Element("requestSignature")!.Value = header.Element("requestSignature")!.Value.ToUpperInvariant();

        var answer = await PostWithHeaderAsync(emulator, header);

        answer.AssertMarketoFault(20014);
    }

    [Fact]
    public async Task NoAuthenticationHeader_FailsWith20014()
    {
        var clock = TestClock.Create();
        await using var emulator = await TestEmulator.StartAsync(clock);

        var answer = await PostWithHeaderAsync(emulator, header: null);

        answer.AssertMarketoFault(20014);
    }

    [Theory]
    [InlineData(-16)]
    [InlineData(16)]
    public async Task TimestampOutsideTheDefaultWindow_FailsWith20016(int minutesFromNow)
    {
        var clock = TestClock.Create();
        await using var emulator = await TestEmulator.StartAsync(clock);
        var timestamp = RequestSigner.Timestamp(clock.GetUtcNow().AddMinutes(minutesFromNow));

        var answer = await PostWithHeaderAsync(emulator, RequestSigner.Header(emulator.UserId, emulator.EncryptionKey, timestamp));

        answer.AssertMarketoFault(20016);
    }

    [Theory]
    [InlineData(-14)]
    [InlineData(14)]
    public async Task TimestampInsideTheDefaultWindow_IsAccepted(int minutesFromNow)
    {
        var clock = TestClock.Create();
        await using var emulator = await TestEmulator.StartAsync(clock);
        var timestamp = RequestSigner.Timestamp(clock.GetUtcNow().AddMinutes(minutesFromNow));

        var answer = await PostWithHeaderAsync(emulator, RequestSigner.Header(emulator.UserId, emulator.EncryptionKey, timestamp));

        answer.AssertSuccess();
    }

    [Fact]
    public async Task TimestampTolerance_IsConfigurable()
    {
        var clock = TestClock.Create();
        await using var emulator = await TestEmulator.StartAsync(clock, o => o.TimestampTolerance = TimeSpan.FromSeconds(30));
        var timestamp = RequestSigner.Timestamp(clock.GetUtcNow().AddSeconds(-31));

        var answer = await PostWithHeaderAsync(emulator, RequestSigner.Header(emulator.UserId, emulator.EncryptionKey, timestamp));

        answer.AssertMarketoFault(20016);
    }

    [Fact]
    public async Task SignedHeader_GoesStaleAsTheEmulatorsClockMoves()
    {
        var clock = TestClock.Create();
        await using var emulator = await TestEmulator.StartAsync(clock);
        var header = RequestSigner.Header(emulator.UserId, emulator.EncryptionKey, RequestSigner.Timestamp(clock.GetUtcNow()));
        (await PostWithHeaderAsync(emulator, new XElement(header))).AssertSuccess();

        clock.Advance(TimeSpan.FromMinutes(16));
        var replayed = await PostWithHeaderAsync(emulator, header);

        replayed.AssertMarketoFault(20016);
    }

    [Theory]
    [InlineData("2026-11-23T15:00:00Z")]
    [InlineData("2026-11-23T09:00:00-06:00")]
    [InlineData("2026-11-23 10:00:00 -0500")]
    [InlineData("2026-11-23T15:00:00.123+00:00")]
    public async Task TimestampInAnotherCommonForm_IsReadLeniently(string timestamp)
    {
        var clock = TestClock.Create();
        await using var emulator = await TestEmulator.StartAsync(clock);

        var answer = await PostWithHeaderAsync(emulator, RequestSigner.Header(emulator.UserId, emulator.EncryptionKey, timestamp));

        answer.AssertSuccess();
    }

    [Fact]
    public async Task UnreadableTimestamp_CorrectlySigned_FailsWith20016()
    {
        var clock = TestClock.Create();
        await using var emulator = await TestEmulator.StartAsync(clock);

        var answer = await PostWithHeaderAsync(emulator, RequestSigner.Header(emulator.UserId, emulator.EncryptionKey, "yesterday"));

        answer.AssertMarketoFault(20016);
    }

    [Fact]
    public async Task GeneratedCredentials_DifferBetweenEmulators()
    {
        await using var first = await TestEmulator.StartAsync(TestClock.Create());
        await using var second = await TestEmulator.StartAsync(TestClock.Create());

        Assert.NotEqual(first.UserId, second.UserId);
        Assert.NotEqual(first.EncryptionKey, second.EncryptionKey);
        Assert.StartsWith("emulator_1_", first.UserId);
    }

    private static Task<SoapAnswer> PostWithHeaderAsync(MarketoSoapEmulator emulator, XElement? header)
    {
        var body = Wire.SyncMultipleLeads(Wire.Lead(email: "a@example.com"));
        return emulator.PostXmlAsync(RequestSigner.Envelope(header, body).ToString(), EmulatorHttp.SoapActionOf(body));
    }
}
