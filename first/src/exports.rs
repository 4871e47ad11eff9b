//! What the page calls: it writes what it asks into the module's buffer ([`buffer`]), runs the
//! check ([`run`]) and reads the answer from the buffer again ([`answer`]). No JavaScript glue:
//! the page instantiates the module as it is.

use std::cell::RefCell;

use lol_alloc::{AssumeSingleThreaded, FreeListAllocator};

// SAFETY: this module runs on one thread (WebAssembly without threads), so the allocator is
// never used from two at once.
#[global_allocator]
static ALLOCATOR: AssumeSingleThreaded<FreeListAllocator> =
    unsafe { AssumeSingleThreaded::new(FreeListAllocator::new()) };

thread_local! {
    static BUFFER: RefCell<Vec<u8>> = const { RefCell::new(Vec::new()) };
}

/// Makes the buffer `len` bytes long and gives its address, for the page to write into.
#[unsafe(no_mangle)]
pub extern "C" fn buffer(len: usize) -> *mut u8 {
    BUFFER.with_borrow_mut(|b| {
        b.clear();
        b.resize(len, 0);
        b.as_mut_ptr()
    })
}

/// Checks what the buffer holds (see [`crate::check`]) and puts the answer in its place;
/// returns the answer's length in bytes.
#[unsafe(no_mangle)]
pub extern "C" fn run() -> usize {
    BUFFER.with_borrow_mut(|b| {
        let answer = crate::check(std::str::from_utf8(b).unwrap_or_default());
        *b = answer.into_bytes();
        b.len()
    })
}

/// The address of the answer [`run`] left in the buffer.
#[unsafe(no_mangle)]
pub extern "C" fn answer() -> *const u8 {
    BUFFER.with_borrow(|b| b.as_ptr())
}
