using Marketo.Soap.Models;
using Marketo.Soap.Tests.TestSupport;

namespace Marketo.Soap.Tests.Operations.Imports;

public class ImportToListOperationTests
{
    private static ImportToListRequest Valid => new()
    {
        ProgramName = "Spring Webinar",
        ListName = "Registrants",
        Columns = ["Email Address"],
        Rows = [["ada@example.com"]],
    };

    [Fact]
    public async Task ImportToListAsync_UpsertWithTokenColumn_SendsQuotedLinesAndCampaign()
    {
        var request = new ImportToListRequest
        {
            ProgramName = "Spring Webinar",
            ListName = "Registrants",
            Columns = ["Email Address", "First Name", "Company Name", "{{my.seat}}"],
            Rows =
            [
                ["ada@example.com", "Ada", "Analytical Engines, Ltd.", "A12"],
                ["grace@example.com", "Grace", "The \"Harvard\" Lab", string.Empty],
            ],
            CampaignName = "Send seat confirmation",
        };

        var (_, sent) = await OneExchange.RunAsync("importToList.response.processing.xml", c => c.ImportToListAsync(request));

        XmlAssert.SemanticallyEqual(Fixtures.Read("importToList.request.upsert-with-campaign.xml"), sent);
    }

    [Fact]
    public async Task ImportToListAsync_ListOnlyClearWithoutCampaign_SendsClearListAndNilCampaign()
    {
        var request = Valid with { Mode = ImportListMode.ListOnly, ClearList = true };

        var (_, sent) = await OneExchange.RunAsync("importToList.response.processing.xml", c => c.ImportToListAsync(request));

        XmlAssert.SemanticallyEqual(Fixtures.Read("importToList.request.list-only-clear-nil-campaign.xml"), sent);
    }

    [Fact]
    public async Task ImportToListAsync_Processing_ReturnsProcessing()
    {
        var (result, _) = await OneExchange.RunAsync("importToList.response.processing.xml", c => c.ImportToListAsync(Valid));

        Assert.Equal((ImportToListStatus.Processing, "PROCESSING"), (result.Status, result.StatusText));
    }

    [Fact]
    public async Task ImportToListAsync_UnknownStatusWord_ReturnsUnknownWithTheWord()
    {
        var (result, _) = await OneExchange.RunAsync("importToList.response.unknown-status.xml", c => c.ImportToListAsync(Valid));

        Assert.Equal((ImportToListStatus.Unknown, "QUEUED"), (result.Status, result.StatusText));
    }

    public static TheoryData<ImportToListRequest, string?> RefusedRequests => new()
    {
        { Valid with { ProgramName = string.Empty }, "ProgramName" },
        { Valid with { ProgramName = null! }, "ProgramName" },
        { Valid with { ListName = string.Empty }, "ListName" },
        { Valid with { ListName = "Regis\u0001trants" }, "ListName" },
        { Valid with { CampaignName = string.Empty }, "CampaignName" },
        { Valid with { Mode = (ImportListMode)9 }, "Mode" },
        { Valid with { Columns = null! }, "Columns" },
        { Valid with { Columns = [] }, "Columns" },
        { Valid with { Columns = [string.Empty], Rows = [["x"]] }, "Columns[0]" },
        { Valid with { Columns = ["Email Address", "First, Name"], Rows = [["a@example.com", "Ada"]] }, "Columns[1]" },
        { Valid with { Columns = ["Email Address", "\"Name\""], Rows = [["a@example.com", "Ada"]] }, "Columns[1]" },
        { Valid with { Columns = ["Email Address", "email address"], Rows = [["a@example.com", "b@example.com"]] }, "Columns[1]" },
        { Valid with { Columns = ["Email Address", "{{my.seat}}"], Rows = [["a@example.com", "A1"]] }, "CampaignName" },
        { Valid with { Rows = null! }, "Rows" },
        { Valid with { Rows = [] }, "Rows" },
        { Valid with { Rows = [["a@example.com"], null!] }, null },
        { Valid with { Rows = [["a@example.com", "extra"]] }, null },
        { Valid with { Rows = [[null!]] }, "Email Address" },
        { Valid with { Rows = [["a@example.com\nb@example.com"]] }, "Email Address" },
        { Valid with { Rows = [["a\u0002@example.com"]] }, "Email Address" },
    };

    [Theory]
    [MemberData(nameof(RefusedRequests))]
    public async Task ImportToListAsync_InvalidRequest_IsRefusedNamingTheField(ImportToListRequest request, string? field)
    {
        var refusal = await OneExchange.RefusedAsync(c => c.ImportToListAsync(request));

        Assert.Equal(field, refusal.Field);
    }

    [Fact]
    public async Task ImportToListAsync_RowWithTooFewValues_NamesTheRowIndex()
    {
        var request = Valid with { Columns = ["Email Address", "First Name"], Rows = [["a@example.com", "Ada"], ["b@example.com"]] };

        var refusal = await OneExchange.RefusedAsync(c => c.ImportToListAsync(request));

        Assert.Equal(1, refusal.RecordIndex);
        Assert.Contains("1 values for 2 columns", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ImportToListAsync_ListNotFoundFault_ThrowsWithTheCode()
    {
        var fault = await OneExchange.FaultAsync("fault.20111.list-not-found.xml", c => c.ImportToListAsync(Valid));

        Assert.Equal(20111, fault.ErrorCode?.Value);
    }
}
