using Marketo.Soap.Pipeline;
using Marketo.Soap.Tests.TestSupport;
using Microsoft.Extensions.Time.Testing;

namespace Marketo.Soap.Tests.Pipeline;

public class AuthenticationHeaderFactoryTests
{
    private static AuthenticationHeaderFactory SeedFactory(TimeProvider clock) =>
        new(SeedCredentials.UserId, SeedCredentials.EncryptionKey, clock);

    private static FakeTimeProvider ClockIn(DateTimeOffset utc, TimeSpan zoneOffset)
    {
        var clock = new FakeTimeProvider(utc);
        clock.SetLocalTimeZone(TimeZoneInfo.CreateCustomTimeZone("test", zoneOffset, "test", "test"));
        return clock;
    }

    [Theory]
    [InlineData("2013-08-01T18:22:30-07:00", "b5e21953ae9f1b263e644da5eccce9ff33802513")] // syncMultipleLeads seed
    [InlineData("2013-08-05T14:22:45-07:00", "40e6d89bd2f7f0daaddaf150ce7a7ca49788ffe7")] // syncMObjects seed
    public void Create_AtSeedTime_ReproducesSeedTimestampAndSignature(string seedTimestamp, string seedSignature)
    {
        var factory = SeedFactory(SeedCredentials.ClockAt(DateTimeOffset.Parse(seedTimestamp, System.Globalization.CultureInfo.InvariantCulture)));

        var header = factory.Create();

        Assert.Equal((SeedCredentials.UserId, seedTimestamp, seedSignature), (header.mktowsUserId, header.requestTimestamp, header.requestSignature));
    }

    [Fact]
    public void Create_ClockInUtc_WritesPlusZeroZeroOffset()
    {
        var factory = SeedFactory(new FakeTimeProvider(new DateTimeOffset(2026, 11, 22, 10, 15, 30, TimeSpan.Zero)));

        Assert.Equal("2026-11-22T10:15:30+00:00", factory.Create().requestTimestamp);
    }

    [Fact]
    public void Create_ClockInPositiveOffsetZone_WritesLocalTimeWithPlusOffset()
    {
        var factory = SeedFactory(ClockIn(new DateTimeOffset(2026, 11, 22, 10, 15, 30, TimeSpan.Zero), new TimeSpan(5, 30, 0)));

        Assert.Equal("2026-11-22T15:45:30+05:30", factory.Create().requestTimestamp);
    }

    [Fact]
    public void Create_ClockBetweenSeconds_WritesTheTimestampToTheSecond()
    {
        var factory = SeedFactory(new FakeTimeProvider(new DateTimeOffset(2026, 11, 22, 10, 15, 30, 987, TimeSpan.Zero)));

        Assert.Equal("2026-11-22T10:15:30+00:00", factory.Create().requestTimestamp);
    }

    [Fact]
    public void Create_Always_SignatureIsFortyLowercaseHexDigitsThatVerify()
    {
        var factory = SeedFactory(ClockIn(new DateTimeOffset(2026, 11, 22, 10, 15, 30, TimeSpan.Zero), TimeSpan.FromHours(9)));

        var header = factory.Create();

        Assert.Matches("^[0-9a-f]{40}$", header.requestSignature);
        Assert.Equal(Hmac.Signature(header.requestTimestamp, SeedCredentials.UserId, SeedCredentials.EncryptionKey), header.requestSignature);
    }

    [Fact]
    public void Create_KeyWithNonAsciiText_SignsWithTheKeysUtf8Bytes()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 22, 10, 15, 30, TimeSpan.Zero));
        var factory = new AuthenticationHeaderFactory("user_1", "clé-secrète", clock);

        var header = factory.Create();

        Assert.Equal(Hmac.Signature("2026-11-22T10:15:30+00:00", "user_1", "clé-secrète"), header.requestSignature);
    }

    [Fact]
    public void Create_ClockAdvanced_SignsTheNewTimestamp()
    {
        var clock = SeedCredentials.SyncMultipleLeadsClock();
        var factory = SeedFactory(clock);
        var first = factory.Create();

        clock.Advance(TimeSpan.FromSeconds(1));
        var second = factory.Create();

        Assert.Equal("2013-08-01T18:22:31-07:00", second.requestTimestamp);
        Assert.NotEqual(first.requestSignature, second.requestSignature);
    }

    [Fact]
    public void Create_Always_LeavesAuditAndModeOut()
    {
        var header = SeedFactory(SeedCredentials.SyncMultipleLeadsClock()).Create();

        Assert.Equal(((string?)null, false), (header.audit, header.modeSpecified));
    }
}
