using Marketo.Soap.Pipeline;

namespace Marketo.Soap.Tests.Pipeline;

public class FaultTextTests
{
    [Theory]
    [InlineData("Request limit exceeded", "Request limit exceeded (20015)", "Request limit exceeded (20015)")]
    [InlineData("20015 - Request limit exceeded", "Request limit exceeded", "20015 - Request limit exceeded")]
    [InlineData("20014 - Authentication failed", "Authentication failed: signature does not match (20014)", "Authentication failed: signature does not match (20014)")]
    [InlineData("20103 - Lead not found", null, "20103 - Lead not found")]
    [InlineData("20015 - Request limit exceeded", "The daily request limit has been reached (20015)", "20015 - Request limit exceeded. The daily request limit has been reached (20015)")]
    public void Describe_FaultStringAndDetail_SaysEachThingOnce(string faultString, string? detail, string expected)
    {
        Assert.Equal(expected, FaultText.Describe(faultString, detail));
    }
}
