using Marketo.Soap.Operations;

namespace Marketo.Soap.Tests.Operations;

public class RequestGuardTests
{
    public static TheoryData<string?, bool> Texts => new()
    {
        { null, false },
        { null, true },
        { string.Empty, false },
        { string.Empty, true },
        { "fine", true },
        { "bell\u0007", false },
        { "lone \uD800", true },
    };

    public static TheoryData<string?, string?> Pairs => new()
    {
        { "Name", "Value" },
        { "Name", string.Empty },
        { "Name", null },
        { null, "Value" },
        { string.Empty, "Value" },
        { "Na\u0001me", "Value" },
        { "Name", "Val\uFFFEue" },
    };

    [Theory]
    [MemberData(nameof(Texts))]
    public void IsValidText_AnyText_AgreesWithText(string? value, bool required) =>
        Assert.Equal(Throws(() => RequestGuard.Text(value, 0, "Field", "request", required)), !RequestGuard.IsValidText(value, required));

    [Theory]
    [MemberData(nameof(Pairs))]
    public void IsValidNameValue_AnyPair_AgreesWithNameValue(string? name, string? value) =>
        Assert.Equal(Throws(() => RequestGuard.NameValue(name, value, 0, "Attributes[0]", "request")), !RequestGuard.IsValidNameValue(name, value));

    private static bool Throws(Action check)
    {
        try
        {
            check();
            return false;
        }
        catch (MarketoRequestValidationException)
        {
            return true;
        }
    }
}
