using System.Collections;

namespace Marketo.Soap.Telemetry;

/// <summary>
/// The state of a log event whose text depends on its values (a source-generated message always
/// prints every placeholder, a missing one as <c>(null)</c>): the finished text, and the values
/// with the template as <c>{OriginalFormat}</c>, as structured loggers expect.
/// </summary>
internal sealed class LogValues(string text, string template, KeyValuePair<string, object?>[] values) : IReadOnlyList<KeyValuePair<string, object?>>
{
    public static readonly Func<LogValues, Exception?, string> Format = static (state, _) => state.ToString();

    public int Count => values.Length + 1;

    public KeyValuePair<string, object?> this[int index] =>
        index == values.Length ? new("{OriginalFormat}", template) : values[index];

    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator()
    {
        for (var i = 0; i < Count; i++)
        {
            yield return this[i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public override string ToString() => text;
}
