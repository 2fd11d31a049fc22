using System.Text;

namespace Marketo.Soap.Testing.Operations;

/// <summary>
/// Splits one line of an import file into values. Marketo documents comma-separated lines and no
/// quoting rules (operations facts §8.1); the emulator reads RFC 4180 quotes, as CSV files of
/// Marketo's user interface imports use them, an emulator assumption.
/// </summary>
internal static class ImportCsv
{
    /// <returns>The values, or <see langword="null"/> when a quote is never closed or text follows a closing quote.</returns>
    public static List<string>? Split(string line)
    {
        var values = new List<string>();
        var value = new StringBuilder();
        var i = 0;
        while (true)
        {
            if (i < line.Length && line[i] == '"')
            {
                i++;
                while (true)
                {
                    if (i >= line.Length)
                    {
                        return null;
                    }

                    if (line[i] == '"')
                    {
                        if (i + 1 < line.Length && line[i + 1] == '"')
                        {
                            value.Append('"');
                            i += 2;
                            continue;
                        }

                        i++;
                        break;
                    }

                    value.Append(line[i++]);
                }

                if (i < line.Length && line[i] != ',')
                {
                    return null;
                }
            }
            else
            {
                while (i < line.Length && line[i] != ',')
                {
                    value.Append(line[i++]);
                }
            }

            values.Add(value.ToString());
            value.Clear();
            if (i >= line.Length)
            {
                return values;
            }

            i++; // the comma
        }
    }

    /// <summary>Whether a header column carries a My Token's value (<c>{{my.name}}</c>) rather than a field's.</summary>
    public static bool IsTokenColumn(string column)
    {
        var name = column.Trim();
        return name.StartsWith("{{my.", StringComparison.OrdinalIgnoreCase) && name.EndsWith("}}", StringComparison.Ordinal);
    }
}
