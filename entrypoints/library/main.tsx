import { render } from 'preact';
import { sendMessage } from '../../lib/messages/browser';
import { getDb } from '../../lib/ui/db';
import '../../components/theme.css';
import { App } from './App';

const root = document.getElementById('app');
if (root) render(<App deps={{ db: getDb(), send: sendMessage }} />, root);
