namespace Marketo.Soap;

/// <summary>
/// A request was refused before anything was sent, because Marketo could not accept it or would
/// silently lose part of it. Names the record (by its index in the request) and the field.
/// </summary>
public class MarketoRequestValidationException : ArgumentException
{
    /// <summary>Creates an exception that names the offending record and field.</summary>
    /// <param name="message">What is wrong, without the record's values.</param>
    /// <param name="paramName">The argument that holds the bad input.</param>
    /// <param name="recordIndex">The index of the offending record, or <see langword="null"/> when the request as a whole is wrong.</param>
    /// <param name="field">The offending field, for example <c>ForeignSysType</c>.</param>
    public MarketoRequestValidationException(string message, string? paramName, int? recordIndex, string? field)
        : base(message, paramName)
    {
        RecordIndex = recordIndex;
        Field = field;
    }

    /// <summary>The index of the offending record in the request, or <see langword="null"/> when the request as a whole is wrong.</summary>
    public int? RecordIndex { get; }

    /// <summary>The offending field, for example <c>ForeignSysType</c>, or <see langword="null"/>.</summary>
    public string? Field { get; }
}
