using Marketo.Soap.Models;
using Moq;

namespace Marketo.Soap.Tests;

public class MarketoSoapModelFactoryTests
{
    [Fact]
    public async Task MarketoPage_InAMockedPagedRead_IsEnumeratedAsTheClientWouldHandItOut()
    {
        var pages = new[]
        {
            MarketoSoapModelFactory.MarketoPage([new LeadRecord { Id = 1 }, new LeadRecord { Id = 2 }], continuationToken: "after-2", remainingCount: 1),
            MarketoSoapModelFactory.MarketoPage([new LeadRecord { Id = 3 }], remainingCount: 0),
        };
        var pageable = new Mock<MarketoAsyncPageable<LeadRecord>> { CallBase = true };
        pageable.Setup(p => p.AsPages(null)).Returns(pages.ToAsyncEnumerable());
        var marketo = new Mock<IMarketoSoapClient>();
        marketo.Setup(m => m.GetMultipleLeadsAsync(It.IsAny<GetMultipleLeadsRequest>(), It.IsAny<CancellationToken>())).Returns(pageable.Object);

        var leads = await marketo.Object.GetMultipleLeadsAsync(new GetMultipleLeadsRequest { Selector = StaticListSelector.ById(7) }).ToListAsync();

        Assert.Equal([1, 2, 3], leads.Select(l => l.Id));
        Assert.Equal(("after-2", 1), (pages[0].ContinuationToken, pages[0].RemainingCount));
    }

    [Fact]
    public void GetLeadResult_NoLeads_IsNotFound()
    {
        Assert.False(MarketoSoapModelFactory.GetLeadResult().Found);
        Assert.True(MarketoSoapModelFactory.GetLeadResult([new LeadRecord { Id = 5 }]).Found);
    }

    [Fact]
    public void LeadActivityAndLeadChange_GivenDetailsAndPersonId_ReadThemBack()
    {
        var activity = MarketoSoapModelFactory.LeadActivity(id: 9, attributes: [new("Webpage URL", "/a")], personId: "42");
        var change = MarketoSoapModelFactory.LeadChange(id: 10, assetName: "Company", attributes: [new("New Value", "Acme")], personId: "not a number");

        Assert.Equal((9L, "/a", 42, ActivityNames.VisitWebpage), (activity.Id, activity.GetValue("Webpage URL"), activity.LeadId, activity.ActivityName));
        Assert.Equal((10L, "Acme", null, ActivityNames.ChangeDataValue), (change.Id, change.GetValue("New Value"), change.LeadId, change.ActivityName));
        Assert.Null(change.GetValue("Old Value"));
    }
}
