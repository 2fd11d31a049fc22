using System.Text;

namespace Marketo.Soap.Operations;

/// <summary>Writes an import's header and rows as the comma-separated lines <c>importToList</c> carries.</summary>
/// <remarks>
/// Marketo documents one line per header and per row, separated by commas, and nothing about
/// quoting. A value holding a comma or a double quote is therefore quoted as RFC 4180 does (the
/// format of the CSV files its user interface imports); a line break cannot be carried at all, and
/// is refused by validation.
/// </remarks>
internal static class ImportFileLines
{
    private static readonly char[] NeedsQuotes = [',', '"'];

    public static string Line(IReadOnlyList<string> values)
    {
        var line = new StringBuilder();
        for (var i = 0; i < values.Count; i++)
        {
            if (i > 0)
            {
                line.Append(',');
            }

            var value = values[i];
            if (value.IndexOfAny(NeedsQuotes) < 0)
            {
                line.Append(value);
            }
            else
            {
                line.Append('"').Append(value.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
            }
        }

        return line.ToString();
    }
}
