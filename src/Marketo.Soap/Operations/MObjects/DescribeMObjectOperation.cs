using Marketo.Soap.Models;
using Marketo.Soap.Pipeline;
using Proxy = Marketo.Soap.Generated;

namespace Marketo.Soap.Operations;

/// <summary><c>describeMObject</c>: the field metadata of one object, such as <c>LeadRecord</c>.</summary>
/// <remarks>
/// <para>Repeat-safety: <see cref="RepeatSafety.Safe"/>. It only reads.</para>
/// <para>The name is not checked against Marketo's documented four: whether an instance describes
/// more (custom objects) is unknown (operations facts §6.3), and Marketo answers a name it does not
/// know with a fault (20110).</para>
/// </remarks>
internal static class DescribeMObjectOperation
{
    public const string Name = "describeMObject";
    private const string ActivityName = "MarketoSoapClient.DescribeMObject";
    private const string ParamName = "request";

    public static PreparedCall<MObjectMetadata> Prepare(DescribeMObjectRequest request)
    {
        RequestGuard.Field(request.ObjectName, nameof(request.ObjectName), ParamName, required: true);
        var body = new Proxy.ParamsDescribeMObject { objectName = request.ObjectName };
        return new(
            Name,
            ActivityName,
            0,
            RepeatSafety.Safe,
            async (port, header) => ToResult((await port.describeMObjectAsync(new(header, body)).ConfigureAwait(false))?.successDescribeMObject));
    }

    internal static MObjectMetadata ToResult(Proxy.SuccessDescribeMObject? answer)
    {
        var metadata = AnswerGuard.Required(AnswerGuard.Required(answer?.result, "result", Name).metadata, "metadata", Name);
        var fields = metadata.fieldList ?? [];
        var mapped = new MObjectFieldMetadata[fields.Length];
        for (var i = 0; i < mapped.Length; i++)
        {
            var field = AnswerGuard.Status(fields[i], i, Name);
            mapped[i] = new MObjectFieldMetadata(
                field.name ?? string.Empty,
                NullIfEmpty(field.description),
                NullIfEmpty(field.displayName),
                NullIfEmpty(field.sourceObject),
                field.dataType ?? string.Empty,
                field.size,
                field.isReadonly,
                field.isUpdateBlocked,
                field.isName,
                field.isPrimaryKey,
                field.isCustom,
                field.isDynamic,
                NullIfEmpty(field.dynamicFieldRef),
                WireTime.FromWire(field.updatedAt));
        }

        return new MObjectMetadata(
            metadata.name ?? string.Empty,
            NullIfEmpty(metadata.description),
            metadata.isCustom,
            metadata.isVirtual,
            mapped,
            WireTime.FromWire(metadata.updatedAt));
    }

    // Operations facts §10: empty, nil and absent all mean "no value".
    private static string? NullIfEmpty(string? text) => string.IsNullOrEmpty(text) ? null : text;
}
