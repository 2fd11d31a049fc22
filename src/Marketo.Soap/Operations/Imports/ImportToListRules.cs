using System.Globalization;
using Marketo.Soap.Models;

namespace Marketo.Soap.Operations;

/// <summary>The checks of an import's columns and rows.</summary>
internal static class ImportToListRules
{
    private static readonly char[] LineBreaks = ['\r', '\n'];

    /// <summary>
    /// Refuses no columns, an empty or repeated column, and a column holding a comma, a quote or a
    /// line break: a header is one line of names, and Marketo matches them to fields by name.
    /// </summary>
    /// <returns>A copy of the columns, the one time the caller's list is read.</returns>
    public static string[] Columns(IReadOnlyList<string>? columns, string paramName)
    {
        var copy = RequestGuard.ReadBatch(columns, int.MaxValue, paramName, nameof(ImportToListRequest.Columns), "columns");
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < copy.Length; i++)
        {
            var where = string.Create(CultureInfo.InvariantCulture, $"{nameof(ImportToListRequest.Columns)}[{i}]");
            RequestGuard.Field(copy[i], where, paramName, required: true);
            if (copy[i].IndexOfAny([',', '"', '\r', '\n']) >= 0)
            {
                throw RequestGuard.InvalidRequest($"The request's {where} holds a comma, a double quote or a line break; a column is a field's display name, such as Email Address.", paramName, where);
            }

            if (!seen.Add(copy[i]))
            {
                throw RequestGuard.InvalidRequest($"The request's {where} repeats an earlier column's name; each field is one column.", paramName, where);
            }
        }

        return copy;
    }

    /// <summary>Whether a column carries a My Token's value rather than a field's.</summary>
    public static bool IsTokenColumn(string column) =>
        column.StartsWith("{{my.", StringComparison.OrdinalIgnoreCase) && column.EndsWith("}}", StringComparison.Ordinal);

    /// <summary>
    /// Refuses no rows, a null row, a row whose length is not the header's, and a null value or one
    /// with a line break or a character XML cannot carry. Errors name the row's index and its column.
    /// </summary>
    /// <returns>A copy of the rows and their values, the one time the caller's lists are read.</returns>
    public static string[][] Rows(IReadOnlyList<IReadOnlyList<string>>? rows, string[] columns, string paramName)
    {
        var copy = RequestGuard.ReadBatch(rows, int.MaxValue, paramName, nameof(ImportToListRequest.Rows), "rows");
        var values = new string[copy.Length][];
        for (var i = 0; i < copy.Length; i++)
        {
            var row = RequestGuard.NotNullRecord(copy[i], i, paramName, "row");
            values[i] = [.. row];
            if (values[i].Length != columns.Length)
            {
                throw RequestGuard.Invalid(i, null, string.Create(CultureInfo.InvariantCulture, $"has {values[i].Length} values for {columns.Length} columns; give one value per column, an empty string for none"), paramName);
            }

            for (var j = 0; j < columns.Length; j++)
            {
                var value = values[i][j];
                if (value is null)
                {
                    throw RequestGuard.Invalid(i, columns[j], "is null; send an empty string for no value", paramName);
                }

                RequestGuard.Text(value, i, columns[j], paramName, required: false);
                if (value.IndexOfAny(LineBreaks) >= 0)
                {
                    throw RequestGuard.Invalid(i, columns[j], "holds a line break; each row is one line of the import file", paramName);
                }
            }
        }

        return values;
    }
}
