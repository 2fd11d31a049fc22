namespace Marketo.Soap.Internal;

/// <summary>Checks text against what an XML 1.0 document can carry.</summary>
internal static class XmlText
{
    /// <summary>The index of the first character XML 1.0 cannot carry, or -1 when there is none.</summary>
    /// <remarks>Control characters other than tab, line feed and carriage return, lone surrogates, U+FFFE and U+FFFF are refused.</remarks>
    public static int IndexOfInvalidCharacter(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
                continue;
            }

            if (!System.Xml.XmlConvert.IsXmlChar(c))
            {
                return i;
            }
        }

        return -1;
    }
}
