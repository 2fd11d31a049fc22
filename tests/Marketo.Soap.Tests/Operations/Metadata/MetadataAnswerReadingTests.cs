using Marketo.Soap.Operations;
using Proxy = Marketo.Soap.Generated;

namespace Marketo.Soap.Tests.Operations.Metadata;

/// <summary>How getChannels and getTags read answers that leave a list out: as empty, never as a failure.</summary>
public class MetadataAnswerReadingTests
{
    [Fact]
    public void GetChannelsToResult_NoTagList_ReadsNoChannels()
    {
        var result = GetChannelsOperation.ToResult(new Proxy.SuccessGetChannels { result = new Proxy.ResultGetChannels { tags = null! } });

        Assert.Empty(result.Channels);
    }

    [Fact]
    public void GetChannelsToResult_ChannelWithoutStatuses_ReadsNoStatuses()
    {
        var answer = new Proxy.SuccessGetChannels { result = new Proxy.ResultGetChannels { tags = [new Proxy.TagStatus { tagValue = "Webinar", statusList = null! }] } };

        var channel = Assert.Single(GetChannelsOperation.ToResult(answer).Channels);

        Assert.Equal("Webinar", channel.Name);
        Assert.Empty(channel.Statuses);
    }

    [Fact]
    public void GetChannelsToResult_StatusWithoutAttributes_ReadsAnEmptyStatus()
    {
        var answer = new Proxy.SuccessGetChannels
        {
            result = new Proxy.ResultGetChannels
            {
                tags = [new Proxy.TagStatus { tagValue = "Webinar", statusList = [new Proxy.ProgressionStatus { progressionStatus = null! }] }],
            },
        };

        var status = Assert.Single(Assert.Single(GetChannelsOperation.ToResult(answer).Channels).Statuses);

        Assert.Empty(status.Attributes);
    }

    [Fact]
    public void GetTagsToResult_NoTagList_ReadsNoTagTypes()
    {
        var result = GetTagsOperation.ToResult(new Proxy.SuccessGetTags { result = new Proxy.ResultGetTags { tagList = null! } });

        Assert.Empty(result.TagTypes);
    }

    [Fact]
    public void GetTagsToResult_TypeWithoutValues_ReadsNoValues()
    {
        var answer = new Proxy.SuccessGetTags { result = new Proxy.ResultGetTags { tagList = [new Proxy.Tag { type = "Region", values = null! }] } };

        var type = Assert.Single(GetTagsOperation.ToResult(answer).TagTypes);

        Assert.Equal("Region", type.Type);
        Assert.Empty(type.Values);
    }
}
