using Marketo.Soap.Operations;

namespace Marketo.Soap.Tests.Operations;

public class XmlTextTests
{
    public static TheoryData<string, int> Texts => new()
    {
        { string.Empty, -1 },
        { "plain ascii", -1 },
        { "Zoë, Ærø, 東京", -1 },
        { "tab\there\r\nand lines", -1 },
        { "emoji \U0001F600 pair", -1 },
        { "pair then control \U0001F600\u0002", 20 },
        { "\uE000 private use and \uFFFD", -1 },
        { "bell\u0007", 4 },
        { new string('a', 100) + "\u0001", 100 },
        { "non-character \uFFFE", 14 },
        { "non-character \uFFFF", 14 },
        { "\t\u0000", 1 },
    };

    [Theory]
    [MemberData(nameof(Texts))]
    public void IndexOfInvalidCharacter_Text_ReturnsFirstCharacterXmlCannotCarry(string text, int expected) =>
        Assert.Equal(expected, XmlText.IndexOfInvalidCharacter(text));
}
