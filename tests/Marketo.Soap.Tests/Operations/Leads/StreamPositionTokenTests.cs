using Marketo.Soap.Operations;
using Proxy = Marketo.Soap.Generated;

namespace Marketo.Soap.Tests.Operations.Leads;

public class StreamPositionTokenTests
{
    [Fact]
    public void Decode_EncodedPosition_GivesBackTheSameInstantsAndOffset()
    {
        var latest = new DateTimeOffset(2013, 10, 2, 9, 30, 0, 123, TimeSpan.FromHours(-5));
        var position = new Proxy.StreamPosition { latestCreatedAt = latest.LocalDateTime, latestCreatedAtSpecified = true, offset = "ID:3003170" };

        var decoded = StreamPositionToken.Decode(StreamPositionToken.Encode(position, "getLeadActivity"), "getLeadActivity");

        Assert.Equal((latest.UtcDateTime, DateTimeKind.Utc, true), (decoded.latestCreatedAt!.Value, decoded.latestCreatedAt.Value.Kind, decoded.latestCreatedAtSpecified));
        Assert.Equal((null, false, null, false, "ID:3003170"), (decoded.oldestCreatedAt, decoded.oldestCreatedAtSpecified, decoded.activityCreatedAt, decoded.activityCreatedAtSpecified, decoded.offset));
    }

    [Fact]
    public void Decode_EncodedActivityTime_GivesItBack()
    {
        var activity = new DateTime(2013, 10, 2, 14, 30, 0, DateTimeKind.Utc);

        var decoded = StreamPositionToken.Decode(StreamPositionToken.Encode(new Proxy.StreamPosition { activityCreatedAt = activity }, "getLeadActivity"), "getLeadActivity");

        Assert.Equal((activity, true), (decoded.activityCreatedAt, decoded.activityCreatedAtSpecified));
    }

    [Fact]
    public void Encode_Position_IsUrlSafeText()
    {
        var position = new Proxy.StreamPosition { oldestCreatedAt = new DateTime(2013, 10, 1, 0, 0, 0, DateTimeKind.Utc), offset = "ID:1?/+=" };

        var token = StreamPositionToken.Encode(position, "getLeadChanges");

        Assert.Matches("^[A-Za-z0-9_-]+$", token);
    }

    [Fact]
    public void Next_NothingRemains_GivesNoToken()
    {
        Assert.Null(StreamPositionToken.Next(new Proxy.StreamPosition { offset = "ID:1" }, 0, "getLeadChanges"));
    }

    [Fact]
    public void Next_RecordsRemainButThePositionIsEmpty_ThrowsInvalidResponse()
    {
        var exception = Assert.Throws<MarketoTransportException>(() => StreamPositionToken.Next(new Proxy.StreamPosition { offset = string.Empty }, 4, "getLeadChanges"));

        Assert.Equal(MarketoTransportFailure.InvalidResponse, exception.Failure);
    }

    [Fact]
    public void Next_RecordsRemainAndThePositionHasOnlyATime_GivesAToken()
    {
        // One time is a position, even without an offset.
        var position = new Proxy.StreamPosition { latestCreatedAt = new DateTime(2013, 10, 2, 14, 30, 0, DateTimeKind.Utc), offset = string.Empty };

        Assert.NotNull(StreamPositionToken.Next(position, 4, "getLeadChanges"));
    }

    [Fact]
    public void Decode_TokenOfAnotherOperation_IsRefused()
    {
        var token = StreamPositionToken.Encode(new Proxy.StreamPosition { offset = "ID:1" }, "getLeadChanges");

        Assert.Throws<MarketoRequestValidationException>(() => StreamPositionToken.Decode(token, "getLeadActivity"));
    }
}
