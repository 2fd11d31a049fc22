namespace Marketo.Soap.Models;

/// <summary>The outcome of one <c>getTags</c> call.</summary>
public sealed class GetTagsResult
{
    internal GetTagsResult(IReadOnlyList<TagType> tagTypes) => TagTypes = tagTypes;

    /// <summary>The tag types (channels excluded), in the order Marketo sent them.</summary>
    public IReadOnlyList<TagType> TagTypes { get; }
}
