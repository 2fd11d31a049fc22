using Marketo.Soap.Models;
using Microsoft.VisualBasic.FileIO;

namespace Marketo.Soap.Sample;

/// <summary>Reads leads from a CSV file whose header row names Marketo lead fields; the Email column keys each lead.</summary>
internal static class LeadCsv
{
    public static async IAsyncEnumerable<LeadRecord> ReadAsync(string path)
    {
        // TextFieldParser ships with .NET and handles quoted fields such as "Hamilton Technologies, Inc.".
        using var parser = new TextFieldParser(path) { TextFieldType = FieldType.Delimited, HasFieldsEnclosedInQuotes = true };
        parser.SetDelimiters(",");
        var header = parser.ReadFields() ?? throw new InvalidDataException($"{path} has no header row.");

        while (parser.ReadFields() is { } fields)
        {
            var attributes = header.Zip(fields).Where(f => f.First != "Email").Select(f => new LeadAttribute(f.First, f.Second)).ToList();
            yield return new LeadRecord { Email = fields[Array.IndexOf(header, "Email")], Attributes = attributes };
            await Task.Yield();
        }
    }
}
