using Marketo.Soap.Models;
using Marketo.Soap.Tests.TestSupport;

namespace Marketo.Soap.Tests.Operations.Imports;

public class GetImportToListStatusOperationTests
{
    private static readonly GetImportToListStatusRequest Request = new() { ProgramName = "Spring Webinar", ListName = "Registrants" };

    [Fact]
    public async Task GetImportToListStatusAsync_ProgramAndList_SendsBoth()
    {
        var (_, sent) = await OneExchange.RunAsync("getImportToListStatus.response.complete.xml", c => c.GetImportToListStatusAsync(Request));

        XmlAssert.SemanticallyEqual(Fixtures.Read("getImportToListStatus.request.program-and-list.xml"), sent);
    }

    [Fact]
    public async Task GetImportToListStatusAsync_Complete_ReturnsEveryCountTimeAndSummary()
    {
        var (result, _) = await OneExchange.RunAsync("getImportToListStatus.response.complete.xml", c => c.GetImportToListStatusAsync(Request));

        Assert.Equal(ImportToListStatus.Complete, result.Status);
        Assert.True(result.IsFinished);
        Assert.Equal(new DateTimeOffset(2026, 3, 2, 15, 15, 0, TimeSpan.Zero), result.StartedAt);
        Assert.Equal(new DateTimeOffset(2026, 3, 2, 15, 17, 30, TimeSpan.Zero), result.EndedAt);
        Assert.Equal(TimeSpan.Zero, result.StartedAt!.Value.Offset);
        Assert.Equal((150, 40, 37, 2, 1), (result.EstimatedTime, result.EstimatedRows, result.RowsImported, result.RowsFailed, result.RowsIgnored));
        Assert.Equal("37 rows imported, 2 failed, 1 ignored", result.ImportSummary);
    }

    [Fact]
    public async Task GetImportToListStatusAsync_ProcessingWithNils_ReturnsNullsForNils()
    {
        var (result, _) = await OneExchange.RunAsync("getImportToListStatus.response.processing-nils.xml", c => c.GetImportToListStatusAsync(Request));

        Assert.Equal((ImportToListStatus.Processing, "PROCESSING", false), (result.Status, result.StatusText, result.IsFinished));
        Assert.NotNull(result.StartedAt);
        Assert.Null(result.EndedAt);
        Assert.Null(result.EstimatedTime);
        Assert.Null(result.ImportSummary);
        Assert.Equal((40, 0, 0, 0), (result.EstimatedRows, result.RowsImported, result.RowsFailed, result.RowsIgnored));
    }

    [Theory]
    [InlineData("getImportToListStatus.response.failed.xml", ImportToListStatus.Failed)]
    [InlineData("getImportToListStatus.response.canceled.xml", ImportToListStatus.Canceled)]
    public async Task GetImportToListStatusAsync_Ended_ReturnsTheStateAsFinished(string fixture, ImportToListStatus status)
    {
        var (result, _) = await OneExchange.RunAsync(fixture, c => c.GetImportToListStatusAsync(Request));

        Assert.Equal(status, result.Status);
        Assert.True(result.IsFinished);
    }

    [Theory]
    [InlineData(null, "Registrants", "ProgramName")]
    [InlineData("", "Registrants", "ProgramName")]
    [InlineData("Spring Webinar", null, "ListName")]
    [InlineData("Spring Webinar", "", "ListName")]
    [InlineData("Spring Webinar", "Regis\u0001trants", "ListName")]
    public async Task GetImportToListStatusAsync_MissingOrBadName_IsRefused(string? program, string? list, string field)
    {
        var refusal = await OneExchange.RefusedAsync(c => c.GetImportToListStatusAsync(new GetImportToListStatusRequest { ProgramName = program!, ListName = list! }));

        Assert.Equal(field, refusal.Field);
    }
}
