namespace Marketo.Soap.Sample;

/// <summary>Prints rows as a plain-text table with aligned columns.</summary>
internal static class ConsoleTable
{
    public static void Write(TextWriter output, string[] headers, IEnumerable<string[]> rows)
    {
        var all = rows.Prepend(headers).ToList();
        var widths = headers.Select((_, column) => all.Max(row => row[column].Length)).ToArray();

        WriteRow(output, headers, widths);
        output.WriteLine(string.Join("-+-", widths.Select(w => new string('-', w))));
        foreach (var row in all.Skip(1))
        {
            WriteRow(output, row, widths);
        }

        output.WriteLine();
    }

    private static void WriteRow(TextWriter output, string[] cells, int[] widths) =>
        output.WriteLine(string.Join(" | ", cells.Select((cell, column) => cell.PadRight(widths[column]))).TrimEnd());
}
