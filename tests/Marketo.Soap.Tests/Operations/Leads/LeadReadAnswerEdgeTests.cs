using Marketo.Soap.Operations;
using Proxy = Marketo.Soap.Generated;

namespace Marketo.Soap.Tests.Operations.Leads;

/// <summary>Lead read answers without a record list (left out or nil), which read as pages of no records rather than failing.</summary>
public class LeadReadAnswerEdgeTests
{
    [Fact]
    public void GetLeadToResult_NoLeadList_ReturnsNoLeads()
    {
        var result = GetLeadOperation.ToResult(new Proxy.SuccessGetLead { result = new Proxy.ResultGetLead { count = 0 } });

        Assert.Empty(result.Leads);
    }

    [Fact]
    public void GetMultipleLeadsToPage_NoLeadList_ReturnsAnEmptyLastPage()
    {
        var page = GetMultipleLeadsOperation.ToPage(new Proxy.SuccessGetMultipleLeads { result = new Proxy.ResultGetMultipleLeads() });

        Assert.Equal((0, (string?)null), (page.Values.Count, page.ContinuationToken));
    }

    [Fact]
    public void GetLeadActivityToPage_NoActivityList_ReturnsAnEmptyLastPage()
    {
        var page = GetLeadActivityOperation.ToPage(new Proxy.SuccessGetLeadActivity { leadActivityList = new Proxy.LeadActivityList() }, exactCount: true);

        Assert.Equal((0, (string?)null), (page.Values.Count, page.ContinuationToken));
    }

    [Fact]
    public void GetLeadChangesToPage_NoChangeList_ReturnsAnEmptyLastPage()
    {
        var page = GetLeadChangesOperation.ToPage(new Proxy.SuccessGetLeadChanges { result = new Proxy.ResultGetLeadChanges() });

        Assert.Equal((0, (string?)null), (page.Values.Count, page.ContinuationToken));
    }
}
