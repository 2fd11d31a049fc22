namespace Marketo.Soap.Operations;

/// <summary>Checks text against what an XML 1.0 document can carry.</summary>
internal static class XmlText
{
    /// <summary>The index of the first character XML 1.0 cannot carry, or -1 when there is none.</summary>
    /// <remarks>Control characters other than tab, line feed and carriage return, lone surrogates, U+FFFE and U+FFFF are refused.</remarks>
    public static int IndexOfInvalidCharacter(string text)
    {
        // Nearly all text lies in U+0020-U+D7FF, which XML 1.0 always allows and which holds no
        // surrogate; a vectorised search skips it, and only what follows is checked one by one.
        var start = text.AsSpan().IndexOfAnyExceptInRange('\u0020', '\uD7FF');
        if (start < 0)
        {
            return -1;
        }

        for (var i = start; i < text.Length; i++)
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
