using System.Buffers;
using System.Runtime.CompilerServices;

namespace Marketo.Soap.Serialization;

internal static partial class MktowsWire
{
    /// <summary>
    /// Collects a reply's array items in arrays rented from the shared pool, so a list of 300
    /// statuses makes only its final array, not each larger one a <c>List&lt;T&gt;</c> grows through.
    /// </summary>
    /// <remarks>A local of the generated reader, added to and then turned into the array once; a read that fails leaves its rented array to the GC.</remarks>
    private struct PooledList<T>
    {
        private T[]? _items;
        private int _count;

        public void Add(T item)
        {
            if (_items is null)
            {
                _items = ArrayPool<T>.Shared.Rent(16);
            }
            else if (_count == _items.Length)
            {
                var larger = ArrayPool<T>.Shared.Rent(_count * 2);
                _items.AsSpan(0, _count).CopyTo(larger);
                Return(_items);
                _items = larger;
            }

            _items[_count++] = item;
        }

        /// <summary>The items as an array of their own; the rented array goes back, cleared of them.</summary>
        public T[] ToArray()
        {
            if (_items is null)
            {
                return [];
            }

            var result = _items.AsSpan(0, _count).ToArray();
            Return(_items);
            _items = null;
            _count = 0;
            return result;
        }

        private static void Return(T[] items) => ArrayPool<T>.Shared.Return(items, clearArray: RuntimeHelpers.IsReferenceOrContainsReferences<T>());
    }
}
