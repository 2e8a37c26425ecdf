export { MaturityNotifier } from './MaturityNotifier';
export {
  NotificationsConfigError,
  readNotificationsConfig,
  type NotificationSettings,
} from './settings';
