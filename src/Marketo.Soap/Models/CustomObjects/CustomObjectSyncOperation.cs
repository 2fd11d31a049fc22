namespace Marketo.Soap.Models;

/// <summary>How <c>syncCustomObjects</c> treats records that do or do not exist yet (<c>operation</c> on the wire).</summary>
public enum CustomObjectSyncOperation
{
    /// <summary>Create new records and update existing ones, matched by their keys (<c>UPSERT</c>).</summary>
    Upsert,

    /// <summary>
    /// Create new records and skip existing ones (<c>INSERT</c>). Not repeated after a failure that
    /// may have reached Marketo unless the caller opts in: see <see cref="MarketoSoapRetryOptions.RetryUnsafeCallsAfterAmbiguousFailures"/>.
    /// </summary>
    Insert,

    /// <summary>Update existing records, matched by their keys, and skip new ones (<c>UPDATE</c>).</summary>
    Update,
}
