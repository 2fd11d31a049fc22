using Marketo.Soap.Models;
using Marketo.Soap.Tests.TestSupport;

namespace Marketo.Soap.Tests.Operations.MObjects;

/// <summary>
/// A null Type is reported as missing, not as a type the operation does not take: the caller left
/// it out, and a list of the accepted types would send them looking for the wrong mistake.
/// </summary>
public class MObjectMissingTypeTests
{
    private readonly ReplayHandler _handler = new();

    [Fact]
    public void GetMObjectsAsync_NullType_SaysTheTypeIsNull()
    {
        using var client = TestClient.Create(_handler);

        var exception = Assert.Throws<MarketoRequestValidationException>(() => client.GetMObjectsAsync(new GetMObjectsRequest { Type = null! }));

        Assert.Equal("Type", exception.Field);
        Assert.Contains("Type is null", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DeleteMObjectsAsync_NullType_SaysTheRecordsTypeIsNull()
    {
        using var client = TestClient.Create(_handler);
        var request = new DeleteMObjectsRequest { Objects = [new(MObjectTypes.Opportunity, 1), new(null!, 2)] };

        var exception = await Assert.ThrowsAsync<MarketoRequestValidationException>(() => client.DeleteMObjectsAsync(request));

        Assert.Equal((1, "Type"), (exception.RecordIndex, exception.Field));
        Assert.Contains("Type, is null", exception.Message, StringComparison.Ordinal);
        Assert.Empty(_handler.Requests);
    }
}
