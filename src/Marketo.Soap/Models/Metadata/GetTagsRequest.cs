namespace Marketo.Soap.Models;

/// <summary>The input of one <c>getTags</c> call: which tag types to list.</summary>
/// <remarks>
/// Whether Marketo applies the filter is unknown: its documented sample asked for one tag type and
/// got all of them back. Read the types you need from the result rather than relying on the filter.
/// </remarks>
public sealed record GetTagsRequest
{
    /// <summary>The tag types to ask about. <see langword="null"/> (the default) asks for every non-channel tag type.</summary>
    public IReadOnlyList<TagFilter>? Tags { get; init; }
}
