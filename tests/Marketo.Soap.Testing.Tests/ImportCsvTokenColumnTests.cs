using Marketo.Soap.Testing.Operations;
using Xunit;

namespace Marketo.Soap.Testing.Tests;

/// <summary>Which import header columns carry a My Token (<c>{{my.name}}</c>): both ends are required.</summary>
public sealed class ImportCsvTokenColumnTests
{
    [Theory]
    [InlineData("{{my.seat}}")]
    [InlineData("  {{my.seat}} ")]
    [InlineData("{{MY.Seat}}")]
    public void A_column_opened_and_closed_as_a_token_is_one(string column) =>
        Assert.True(ImportCsv.IsTokenColumn(column));

    [Theory]
    [InlineData("seat}}")]
    [InlineData("{{my.seat")]
    [InlineData("Email Address")]
    public void A_column_missing_either_end_is_a_field(string column) =>
        Assert.False(ImportCsv.IsTokenColumn(column));
}
