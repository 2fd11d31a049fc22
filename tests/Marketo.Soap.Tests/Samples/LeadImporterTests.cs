using Marketo.Soap.Models;
using Moq;

namespace Marketo.Soap.Tests.Samples;

/// <summary>How an application tests its own Marketo code: mock the interface, build results with the model factory.</summary>
public class LeadImporterTests
{
    private readonly Mock<IMarketoSoapClient> _marketo = new(MockBehavior.Strict);

    private static IEnumerable<Contact> Contacts(int count) => Enumerable.Range(0, count).Select(i => new Contact($"c{i}@example.com", $"Name{i}"));

    /// <summary>Answers every lead as created, except the emails listed, which fail.</summary>
    private void MarketoAnswers(params string[] failingEmails) =>
        _marketo
            .Setup(m => m.SyncMultipleLeadsAsync(It.IsAny<SyncMultipleLeadsRequest>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((SyncMultipleLeadsRequest request, CancellationToken _) => MarketoSoapModelFactory.SyncMultipleLeadsResult(
                request.Leads.Select((lead, i) => failingEmails.Contains(lead.Email)
                    ? MarketoSoapModelFactory.LeadSyncResult(i, lead, status: LeadSyncStatus.Failed, error: "Invalid email")
                    : MarketoSoapModelFactory.LeadSyncResult(i, lead, leadId: 1000 + i, status: LeadSyncStatus.Created))));

    [Fact]
    public async Task ImportAsync_650Contacts_SendsBatchesOf300300And50()
    {
        MarketoAnswers();

        var report = await new LeadImporter(_marketo.Object).ImportAsync(Contacts(650));

        Assert.Equal([300, 300, 50], _marketo.Invocations.Select(i => ((SyncMultipleLeadsRequest)i.Arguments[0]).Leads.Count));
        Assert.Equal(650, report.Written);
    }

    [Fact]
    public async Task ImportAsync_MarketoFailsOneLead_ReportsItsEmailAndCountsTheRest()
    {
        MarketoAnswers("c3@example.com");

        var report = await new LeadImporter(_marketo.Object).ImportAsync(Contacts(5));

        Assert.Equal(4, report.Written);
        Assert.Equal(["c3@example.com"], report.RefusedEmails);
    }

    [Fact]
    public async Task ImportAsync_QuotaExceeded_StopsAndReportsWhenTheQuotaResets()
    {
        var resetsAt = new DateTimeOffset(2026, 11, 23, 0, 0, 0, TimeSpan.FromHours(-6));
        _marketo
            .Setup(m => m.SyncMultipleLeadsAsync(It.IsAny<SyncMultipleLeadsRequest>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new MarketoQuotaExceededException("Daily quota used up.", resetsAt, "Client", "syncMultipleLeads"));

        var report = await new LeadImporter(_marketo.Object).ImportAsync(Contacts(700));

        Assert.Equal((0, resetsAt), (report.Written, report.StoppedUntil));
        _marketo.Verify(m => m.SyncMultipleLeadsAsync(It.IsAny<SyncMultipleLeadsRequest>(), It.IsAny<CancellationToken>()), Times.Once);
    }

    [Fact]
    public async Task ImportAsync_Cancelled_PassesTheTokenToTheClient()
    {
        MarketoAnswers();
        using var cancellation = new CancellationTokenSource();

        await new LeadImporter(_marketo.Object).ImportAsync(Contacts(1), cancellation.Token);

        _marketo.Verify(m => m.SyncMultipleLeadsAsync(It.IsAny<SyncMultipleLeadsRequest>(), cancellation.Token), Times.Once);
    }
}
