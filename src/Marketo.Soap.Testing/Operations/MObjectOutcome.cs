namespace Marketo.Soap.Testing.Operations;

/// <summary>What became of one <c>mObject</c>: its <c>mObjStatus</c> before the external key is echoed.</summary>
/// <param name="Id">
/// The object's id. On a failure or skip without an object, the id the request sent, or 0 when it
/// sent none: 2_3's schema requires an id, and what Marketo put there is undocumented (an emulator choice).
/// </param>
/// <param name="Status">The <c>MObjStatusEnum</c> word.</param>
/// <param name="Error">Why the object failed, or <see langword="null"/>; written only for <c>FAILED</c>.</param>
internal sealed record MObjectOutcome(int Id, string Status, string? Error)
{
    public static MObjectOutcome Created(int id) => new(id, "CREATED", null);

    public static MObjectOutcome Updated(int id) => new(id, "UPDATED", null);

    public static MObjectOutcome Skipped(int id) => new(id, "SKIPPED", null);

    public static MObjectOutcome Failed(int id, string error) => new(id, "FAILED", error);

    public static MObjectOutcome Deleted(int id) => new(id, "DELETED", null);

    public static MObjectOutcome Unchanged(int id) => new(id, "UNCHANGED", null);
}
