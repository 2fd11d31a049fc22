using System.Reflection;
using System.ServiceModel;
using System.Xml.Serialization;

namespace Marketo.Soap.Tests.Serialization;

/// <summary>How <see cref="ProxySamples"/> fills a message.</summary>
public enum SampleShape
{
    /// <summary>Every member set: texts that need escaping and are not ASCII, every Specified true, two items per array.</summary>
    Full,

    /// <summary>Every reference member null and every value member Specified but null: xsi:nil where nillable, absent elsewhere.</summary>
    Nils,

    /// <summary>Objects and arrays present but empty; optional values unspecified.</summary>
    Empty,
}

/// <summary>
/// Proxy message contracts filled by reflection from their own shape, so every operation's
/// messages (and every type they reach) get values without a hand-written sample per type.
/// </summary>
internal static class ProxySamples
{
    private const int MaxDepth = 6;

    /// <summary>A message contract of <paramref name="type"/>; <paramref name="derivedChoice"/> picks the XmlInclude type of abstract members.</summary>
    public static object Message(Type type, SampleShape shape, int derivedChoice)
    {
        var message = Activator.CreateInstance(type)!;
        foreach (var field in type.GetFields(BindingFlags.Public | BindingFlags.Instance))
        {
            var isHeader = field.GetCustomAttribute<MessageHeaderAttribute>() is not null;
            var isBody = field.GetCustomAttribute<MessageBodyMemberAttribute>() is not null;
            if (!isHeader && !isBody)
            {
                continue;
            }

            // The authentication header is always sent; the nil shape leaves the optional ones out.
            var leaveOut = shape == SampleShape.Nils && isHeader && field.Name != "AuthenticationHeader";
            field.SetValue(message, leaveOut ? null : Complex(field.FieldType, shape, derivedChoice, 0, field.Name));
        }

        return message;
    }

    private static object? Complex(Type type, SampleShape shape, int derivedChoice, int depth, string path)
    {
        if (type.IsAbstract)
        {
            var included = type.GetCustomAttributes<XmlIncludeAttribute>().Select(i => i.Type!).ToArray();
            type = included[derivedChoice % included.Length];
        }

        var value = Activator.CreateInstance(type)!;
        if (depth > MaxDepth)
        {
            return value;
        }

        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanWrite && p.GetCustomAttribute<XmlIgnoreAttribute>() is null))
        {
            Fill(value, property, shape, derivedChoice, depth, path + "." + property.Name);
        }

        return value;
    }

    private static void Fill(object target, PropertyInfo property, SampleShape shape, int derivedChoice, int depth, string path)
    {
        var specified = target.GetType().GetProperty(property.Name + "Specified");
        var type = property.PropertyType;
        var underlying = Nullable.GetUnderlyingType(type);
        switch (shape)
        {
            case SampleShape.Full:
                property.SetValue(target, Value(type, shape, derivedChoice, depth, path));
                specified?.SetValue(target, true);
                break;
            case SampleShape.Nils:
                property.SetValue(target, type.IsValueType && underlying is null ? Value(type, shape, derivedChoice, depth, path) : null);
                specified?.SetValue(target, true);
                break;
            case SampleShape.Empty:
                if (type.IsArray)
                {
                    property.SetValue(target, Array.CreateInstance(type.GetElementType()!, 0));
                }
                else if (type.IsClass && type != typeof(string))
                {
                    property.SetValue(target, Complex(type, shape, derivedChoice, depth + 1, path));
                }

                break;
        }
    }

    private static object? Value(Type type, SampleShape shape, int derivedChoice, int depth, string path)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        var seed = StableHash(path);
        if (type == typeof(string))
        {
            // Markup characters, a quote of each kind, line breaks and a tab, Latin-1, CJK and a surrogate pair.
            return $"{path.Split('.')[^1]} <a & b> \"q\" 'a' \r\n\t é 中文 😀 {seed % 1000}";
        }

        if (type == typeof(int))
        {
            return (int)(seed % 100000) - 50000;
        }

        if (type == typeof(long))
        {
            return (long)seed * 1000;
        }

        if (type == typeof(bool))
        {
            return seed % 2 == 0;
        }

        if (type == typeof(DateTime))
        {
            var kinds = new[] { DateTimeKind.Utc, DateTimeKind.Unspecified, DateTimeKind.Local };
            return new DateTime(2026, 1 + (int)(seed % 12), 1 + (int)(seed % 28), 13, 14, 15, (int)(seed % 1000), kinds[seed % 3]);
        }

        if (type.IsEnum)
        {
            var values = Enum.GetValues(type);
            return values.GetValue((int)(seed % (uint)values.Length));
        }

        if (type.IsArray)
        {
            var itemType = type.GetElementType()!;
            var array = Array.CreateInstance(itemType, 2);
            for (var i = 0; i < 2; i++)
            {
                array.SetValue(Value(itemType, shape, derivedChoice, depth + 1, path + "[" + i + "]"), i);
            }

            return array;
        }

        return Complex(type, shape, derivedChoice, depth + 1, path);
    }

    private static uint StableHash(string text)
    {
        var hash = 2166136261u;
        foreach (var c in text)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return hash;
    }
}
