namespace Marketo.Soap.Serialization;

/// <summary>
/// Asks the build's serialization generator (<c>src/Marketo.Soap.SourceGeneration</c>) to fill the
/// marked static partial class with XmlWriter/XmlReader code for every message of
/// <see cref="Contract"/>, read from the XmlSerializer attributes of the types they carry.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
internal sealed class GeneratedWireAttribute(Type contract) : Attribute
{
    /// <summary>The WCF service contract whose operations get code.</summary>
    public Type Contract { get; } = contract;
}
