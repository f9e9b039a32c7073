import './styles.css';
import { createApiClient } from './api/api-client.ts';
import { Explorer } from './app/explorer.ts';

new Explorer(createApiClient()).start();
