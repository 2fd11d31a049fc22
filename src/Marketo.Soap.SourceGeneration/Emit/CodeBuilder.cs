using System.Text;

namespace Marketo.Soap.SourceGeneration.Emit;

/// <summary>C# text with indentation.</summary>
internal sealed class CodeBuilder
{
    private readonly StringBuilder text = new();
    private int depth;

    public CodeBuilder Line(string line = "")
    {
        if (line.Length > 0)
        {
            text.Append(' ', depth * 4);
        }

        text.Append(line).Append('\n');
        return this;
    }

    public CodeBuilder Open(string line)
    {
        Line(line);
        Line("{");
        depth++;
        return this;
    }

    public CodeBuilder Close(string suffix = "")
    {
        depth--;
        return Line("}" + suffix);
    }

    /// <summary>A C# string literal.</summary>
    public static string Literal(string value) => "\"" + value.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"";

    public override string ToString() => text.ToString();
}
