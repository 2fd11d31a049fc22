namespace Marketo.Soap.Testing.Operations;

/// <summary>syncMObjects' <c>operation</c>: which objects a call may create and which it may change.</summary>
internal enum SyncMode
{
    /// <summary><c>UPSERT</c>: create new objects and update existing ones.</summary>
    Upsert,

    /// <summary><c>INSERT</c>: create new objects, skip existing ones.</summary>
    Insert,

    /// <summary><c>UPDATE</c>: update existing objects, skip new ones.</summary>
    Update,
}
