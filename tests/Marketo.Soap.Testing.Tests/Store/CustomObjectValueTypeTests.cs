namespace Marketo.Soap.Testing.Tests.Store;

/// <summary>Which values a custom object field of each data type takes.</summary>
public class CustomObjectValueTypeTests
{
    [Theory]
    [InlineData("integer")]
    [InlineData("boolean")]
    [InlineData("date")]
    public void EmptyValue_FitsEveryType(string dataType)
    {
        Assert.Null(CustomObjectDataTypes.Problem(dataType, string.Empty));
    }

    [Theory]
    [InlineData("true")]
    [InlineData("false")]
    public void Boolean_TrueOrFalse_Fits(string value)
    {
        Assert.Null(CustomObjectDataTypes.Problem("boolean", value));
    }

    [Theory]
    [InlineData("yes")]
    [InlineData("1")]
    [InlineData("True")]
    public void Boolean_AnythingElse_IsNamed(string value)
    {
        Assert.Equal($"'{value}' is not a boolean", CustomObjectDataTypes.Problem("boolean", value));
    }
}
