// Every unit test gets an in-memory IndexedDB (fake-indexeddb) and Zod's jitless mode.
import 'fake-indexeddb/auto';
import '../../lib/zod';
