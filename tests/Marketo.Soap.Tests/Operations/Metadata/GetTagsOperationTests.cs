using Marketo.Soap.Models;
using Marketo.Soap.Tests.TestSupport;

namespace Marketo.Soap.Tests.Operations.Metadata;

public class GetTagsOperationTests
{
    [Fact]
    public async Task GetTagsAsync_OneTypeWithAValue_SendsTheTagList()
    {
        var request = new GetTagsRequest { Tags = [new TagFilter { Type = "Region", Values = ["EMEA"] }] };

        var (_, sent) = await OneExchange.RunAsync("getTags.response.two-types.xml", c => c.GetTagsAsync(request));

        XmlAssert.SemanticallyEqual(Fixtures.Read("getTags.request.one-type.xml"), sent);
    }

    [Fact]
    public async Task GetTagsAsync_NoFilter_SendsNoTagList()
    {
        var (_, sent) = await OneExchange.RunAsync("getTags.response.two-types.xml", c => c.GetTagsAsync(new GetTagsRequest()));

        XmlAssert.SemanticallyEqual(Fixtures.Read("getTags.request.all.xml"), sent);
    }

    [Fact]
    public async Task GetTagsAsync_TwoTypes_ReturnsEveryTypeAsSentUnfiltered()
    {
        var request = new GetTagsRequest { Tags = [new TagFilter { Type = "Region" }] };

        var (result, _) = await OneExchange.RunAsync("getTags.response.two-types.xml", c => c.GetTagsAsync(request));

        Assert.Equal(
            [("Region", "AMER,EMEA"), ("Product Line", "Analytics")],
            result.TagTypes.Select(t => (t.Type, string.Join(',', t.Values))));
    }

    public static TheoryData<GetTagsRequest, string?> RefusedRequests => new()
    {
        { new GetTagsRequest { Tags = [] }, "Tags" },
        { new GetTagsRequest { Tags = [null!] }, null },
        { new GetTagsRequest { Tags = [new TagFilter { Type = string.Empty }] }, "Type" },
        { new GetTagsRequest { Tags = [new TagFilter { Type = null! }] }, "Type" },
        { new GetTagsRequest { Tags = [new TagFilter { Type = "Region", Values = null! }] }, "Values" },
        { new GetTagsRequest { Tags = [new TagFilter { Type = "Region", Values = ["EMEA", string.Empty] }] }, "Values[1]" },
        { new GetTagsRequest { Tags = [new TagFilter { Type = "Region", Values = ["EM\u0004EA"] }] }, "Values[0]" },
    };

    [Theory]
    [MemberData(nameof(RefusedRequests))]
    public async Task GetTagsAsync_InvalidFilter_IsRefusedNamingTheField(GetTagsRequest request, string? field)
    {
        var refusal = await OneExchange.RefusedAsync(c => c.GetTagsAsync(request));

        Assert.Equal(field, refusal.Field);
    }
}
