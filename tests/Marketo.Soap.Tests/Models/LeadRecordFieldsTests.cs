using Marketo.Soap.Models;

namespace Marketo.Soap.Tests.Models;

public class LeadRecordFieldsTests
{
    private static readonly LeadRecord Lead = new()
    {
        Id = 7,
        Attributes =
        [
            new("Lead_Score__c", "42") { Type = "integer" },
            new("AnnualRevenue", "1250000.50") { Type = "currency" },
            new("Unsubscribed", "false") { Type = "boolean" },
            new("DoNotCall", "1") { Type = "boolean" },
            new("Birthday__c", "1990-04-12") { Type = "date" },
            new("LastVisit__c", "2026-11-30T09:15:00-06:00") { Type = "datetime" },
            new("FirstName", "Ada") { Type = "string" },
        ],
    };

    [Fact]
    public void Get_IntegerField_ReturnsTheNumber() => Assert.Equal(42, Lead.Get<int>("Lead_Score__c"));

    [Fact]
    public void Get_CurrencyFieldAsDecimal_KeepsTheCents() => Assert.Equal(1250000.50m, Lead.Get<decimal>("AnnualRevenue"));

    [Theory]
    [InlineData("Unsubscribed", false)]
    [InlineData("DoNotCall", true)]
    public void Get_BooleanField_ReadsBothLexicalForms(string field, bool expected) => Assert.Equal(expected, Lead.Get<bool>(field));

    [Fact]
    public void Get_DateField_ReturnsTheDate() => Assert.Equal(new DateOnly(1990, 4, 12), Lead.Get<DateOnly>("Birthday__c"));

    [Fact]
    public void Get_DateTimeField_KeepsTheOffset() =>
        Assert.Equal(new DateTimeOffset(2026, 11, 30, 9, 15, 0, TimeSpan.FromHours(-6)), Lead.Get<DateTimeOffset>("LastVisit__c"));

    [Fact]
    public void Get_NullableTarget_ReturnsTheValue() => Assert.Equal(42, Lead.Get<int?>("Lead_Score__c"));

    [Fact]
    public void Get_AbsentField_ThrowsKeyNotFoundNamingTheField()
    {
        var exception = Assert.Throws<KeyNotFoundException>(() => Lead.Get<int>("Missing__c"));

        Assert.Contains("Missing__c", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Get_TextThatIsNotANumber_ThrowsFormatExceptionNamingFieldAndTypeButNotTheValue()
    {
        var exception = Assert.Throws<FormatException>(() => Lead.Get<int>("FirstName"));

        Assert.Contains("FirstName", exception.Message, StringComparison.Ordinal);
        Assert.Contains("string", exception.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Ada", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Get_UnsupportedTarget_ThrowsNotSupported() => Assert.Throws<NotSupportedException>(() => Lead.Get<Guid>("FirstName"));

    [Fact]
    public void TryGet_FieldThatConverts_ReturnsTrueAndTheValue()
    {
        Assert.True(Lead.TryGet<long>("Lead_Score__c", out var score));
        Assert.Equal(42L, score);
    }

    [Fact]
    public void TryGet_FieldThatDoesNotConvert_ReturnsFalse() => Assert.False(Lead.TryGet<int>("FirstName", out _));

    [Fact]
    public void TryGet_AbsentField_ReturnsFalse() => Assert.False(Lead.TryGet<string>("Missing__c", out _));

    [Fact]
    public void GetValue_NameInAnotherCase_ReturnsNullBecauseMarketoNamesAreCaseSensitive()
    {
        Assert.Equal("Ada", Lead.GetValue("FirstName"));
        Assert.Null(Lead.GetValue("firstname"));
    }

    [Fact]
    public void GetValue_NullName_ThrowsArgumentNull()
    {
        // A null name is a caller's mistake, not a field the lead lacks.
        Assert.Throws<ArgumentNullException>(() => Lead.GetValue(null!));
    }
}
